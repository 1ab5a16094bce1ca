/**
 * Ticket lifecycle: waiting → called → serving → finished | noShow | transferred | cancelled.
 * An exhaustive state machine: every (status, action) pair is decided here; an impossible transition
 * is a typed domain error with a stable code.
 */
import { DomainError } from "../shared/errors.js";

export type TicketStatus = "waiting" | "called" | "serving" | "finished" | "noShow" | "transferred" | "cancelled";
export const TICKET_STATUSES: readonly TicketStatus[] = ["waiting", "called", "serving", "finished", "noShow", "transferred", "cancelled"];
export type TicketAction = "call" | "recall" | "start" | "finish" | "noShow" | "transfer" | "cancel";

/** Priority classes. */
export type TicketPriority = "normal" | "vip" | "green" | "appointment";
export const TICKET_PRIORITIES: readonly TicketPriority[] = ["vip", "green", "appointment", "normal"];
export type ServiceOutcome = "done" | "accepted" | "documents_incomplete" | "referred";

export function isTicketFinal(s: TicketStatus): boolean {
  switch (s) {
    case "waiting":
    case "called":
    case "serving":
      return false;
    case "finished":
    case "noShow":
    case "transferred":
    case "cancelled":
      return true;
  }
}

/** True while the ticket occupies a window (called or being served). */
export function isTicketAtWindow(s: TicketStatus): boolean {
  return s === "called" || s === "serving";
}

const codeFor: Record<TicketAction, string> = {
  call: "ticket_not_waiting",
  recall: "ticket_not_called",
  start: "ticket_not_called",
  finish: "ticket_not_serving",
  noShow: "ticket_not_called",
  transfer: "ticket_not_at_window",
  cancel: "ticket_not_waiting",
};

/** The status after `action`, or a conflict (409) naming why. */
export function nextTicketStatus(current: TicketStatus, action: TicketAction): TicketStatus {
  const refuse = (): never => {
    throw new DomainError("conflict", isTicketFinal(current) ? "ticket_already_closed" : codeFor[action], `Cannot ${action} a ${current} ticket`, {
      status: current,
      action,
    });
  };
  switch (action) {
    case "call":
      return current === "waiting" ? "called" : refuse();
    case "recall":
      return current === "called" ? "called" : refuse();
    case "start":
      return current === "called" ? "serving" : refuse();
    case "finish":
      return current === "serving" ? "finished" : refuse();
    case "noShow":
      return current === "called" ? "noShow" : refuse();
    case "transfer":
      return isTicketAtWindow(current) ? "transferred" : refuse();
    case "cancel":
      return current === "waiting" ? "cancelled" : refuse();
  }
}

/** Recall limit before no-show: after `limit` recalls the teller marks a no-show instead. */
export function assertRecallAllowed(recallCount: number, limit: number): void {
  if (recallCount >= limit) {
    throw new DomainError("conflict", "recall_limit_reached", `Recalled ${recallCount} times (limit ${limit}); mark a no-show`, {
      recallCount,
      limit,
    });
  }
}

/** a documents_incomplete outcome lists every missing item at once; other outcomes list none. */
export function validateFinishOutcome(outcome: ServiceOutcome, missingDocuments: readonly string[] | undefined): string[] {
  const list = [...new Set((missingDocuments ?? []).map((s) => s.trim()).filter((s) => s.length > 0))];
  switch (outcome) {
    case "documents_incomplete":
      if (list.length === 0) {
        throw new DomainError("validation", "missing_documents_required", "List every missing document (Q-06 one-time notice)");
      }
      return list;
    case "done":
    case "accepted":
    case "referred":
      if (list.length > 0) {
        throw new DomainError("validation", "missing_documents_unexpected", "Missing documents only go with documents_incomplete");
      }
      return [];
  }
}
