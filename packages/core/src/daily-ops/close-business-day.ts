/**
 * D-04 / D-06 the day's order (issue 10 item 3, issue 11 item 5) and CAL-03 lunch duty, as pure rules:
 * - a failed power / fire / security item of the end-of-day checklist blocks the close until its
 *   corrective action is done (or the manager overrides with a reason);
 * - after 日清日结 no ticket is issued for that business day (`business_day_closed`) until a manager
 *   reopens the day with a reason;
 * - a business day without a close is detected the next morning;
 * - CAL-03 at noon at least one person serves where the unit has lunch duty.
 */
import type { TimeFrame } from "../calendar/business-hours.js";
import { DomainError } from "../shared/errors.js";
import { type LocalDate, minutesOfDay } from "../shared/time.js";
import type { CloseCheckResult } from "./daily-close-rules.js";

/** D-04 sections of the end-of-day checklist whose failure blocks the close (power, fire, security). */
export const BLOCKING_SECURITY_SECTIONS: readonly string[] = ["power", "fire", "security"];

export interface FailedChecklistItem {
  inspectionId: string;
  sectionKey: string;
  itemKey: string;
  text: string;
  /** The corrective action raised for the item, and whether it is done (fixed) yet. */
  correctiveActionId: string | null;
  fixed: boolean;
}

/** D-04 the failed power/fire/security items still open make a blocking failed check. */
export function securityItemsCheck(failed: readonly FailedChecklistItem[]): CloseCheckResult {
  const open = failed.filter((f) => BLOCKING_SECURITY_SECTIONS.includes(f.sectionKey) && !f.fixed);
  return {
    code: "security_items_fixed",
    status: open.length === 0 ? "passed" : "failed",
    blocking: true,
    details: { count: open.length, items: open.map((f) => ({ inspectionId: f.inspectionId, itemKey: f.itemKey, text: f.text, correctiveActionId: f.correctiveActionId })) },
  };
}

/** D-07 "handover confirmed" passes only when there was a handover that day and none is pending. */
export function handoverCheck(handoversOfDay: ReadonlyArray<{ id: string; status: string }>): CloseCheckResult {
  const pending = handoversOfDay.filter((h) => h.status === "pending");
  if (handoversOfDay.length === 0) return { code: "handover_confirmed", status: "failed", blocking: false, details: { count: 0, handovers: 0, reason: "no_handover", handoverIds: [] } };
  return { code: "handover_confirmed", status: pending.length === 0 ? "passed" : "failed", blocking: false, details: { count: pending.length, handovers: handoversOfDay.length, handoverIds: pending.map((h) => h.id) } };
}

/** D-06 after the close of a business day, no ticket is issued for it (until a manager reopens the day). */
export function assertBusinessDayOpen(close: { id: string; businessDate: LocalDate } | null): void {
  if (close) throw new DomainError("conflict", "business_day_closed", "The business day is closed (日清日结); a manager may reopen it", { closeId: close.id, businessDate: close.businessDate });
}

/** D-06 reopening a closed day is a manager's decision with a reason. */
export function assertReopenReason(reason: string | undefined): string {
  const r = (reason ?? "").trim();
  if (r.length < 2) throw new DomainError("validation", "reopen_reason_required", "Reopening a closed day needs a reason");
  return r;
}

/**
 * D-06 the last business day before `today` (a day the counter opened) must have a close. Returns
 * that date when it is missing, else null. `openDays` are the counter's opening dates, newest last.
 */
export function missingCloseDate(today: LocalDate, openDaysBefore: readonly LocalDate[], closedDates: ReadonlySet<LocalDate>): LocalDate | null {
  const last = [...openDaysBefore].filter((d) => d < today).sort().at(-1);
  if (!last) return null;
  return closedDates.has(last) ? null : last;
}

// ---------------------------------------------------------------- CAL-03 lunch duty

/**
 * CAL-03 the noon window: the gap between the morning and the afternoon frames when the day has one,
 * else 12:00–14:00 local.
 */
export function noonWindow(frames: readonly TimeFrame[]): { from: string; to: string } {
  const sorted = [...frames].sort((a, b) => minutesOfDay(a[0]) - minutesOfDay(b[0]));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const end = sorted[i]![1];
    const next = sorted[i + 1]![0];
    const e = minutesOfDay(end);
    if (e >= 11 * 60 && e <= 14 * 60 && minutesOfDay(next) > e) return { from: end, to: next };
  }
  return { from: "12:00", to: "14:00" };
}

export type LunchDutyStatus = "not_required" | "pending" | "covered" | "uncovered";

/**
 * CAL-03 whether at least one person served at noon. `servedAt` are local times (HH:mm) when a person
 * was at a window (a ticket called/served, or a window signed in across the window). `nowLocal` decides
 * whether the window is over: before its end an empty window is "pending", not "uncovered".
 */
export function lunchDutyStatus(input: {
  required: boolean;
  window: { from: string; to: string };
  presence: ReadonlyArray<{ from: string; to: string; userId: string }>;
  nowLocal: string;
  isPastDay?: boolean;
}): { status: LunchDutyStatus; userIds: string[] } {
  if (!input.required) return { status: "not_required", userIds: [] };
  const a = minutesOfDay(input.window.from);
  const b = minutesOfDay(input.window.to);
  const users = [...new Set(input.presence.filter((p) => minutesOfDay(p.from) < b && minutesOfDay(p.to) > a).map((p) => p.userId))];
  if (users.length > 0) return { status: "covered", userIds: users };
  if (!input.isPastDay && minutesOfDay(input.nowLocal) < b) return { status: "pending", userIds: [] };
  return { status: "uncovered", userIds: [] };
}
