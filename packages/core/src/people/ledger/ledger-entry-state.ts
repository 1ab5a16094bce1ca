/**
 * P-12/P-13 an entry's life: recorded (pending) → approved or rejected by the person's manager; the
 * person may appeal once (C-12 "appeal once to the upper level, whose decision is final"): upheld voids
 * the entry, dismissed keeps it. An automatic entry voided by a later fact (a swap voids the month's
 * full-attendance award) is "voided" too.
 */
import { DomainError } from "../../shared/errors.js";

export type LedgerEntryState = "pending" | "approved" | "rejected" | "voided";
export type LedgerAppealState = "none" | "pending" | "upheld" | "dismissed";

export interface LedgerEntryFacts {
  userId: string;
  createdBy: string;
  state: LedgerEntryState;
  appealState: LedgerAppealState;
  decidedBy: string | null;
}

/** Only an entry still pending is decided, and never by the person it is about. */
export function decideLedgerEntry(e: LedgerEntryFacts, deciderId: string, approve: boolean): LedgerEntryState {
  if (e.state !== "pending") throw new DomainError("conflict", "ledger_entry_not_pending", "This entry has been decided");
  if (e.userId === deciderId) throw new DomainError("forbidden", "ledger_self_decision", "An entry about you is decided by your manager");
  return approve ? "approved" : "rejected";
}

/** One appeal per entry, by the person it is about, while the entry counts (pending or approved). */
export function appealLedgerEntry(e: LedgerEntryFacts, appellantId: string): LedgerAppealState {
  if (e.userId !== appellantId) throw new DomainError("forbidden", "ledger_appeal_not_own", "Only the person concerned appeals an entry");
  if (e.appealState !== "none") throw new DomainError("conflict", "ledger_appeal_once", "An entry can be appealed once");
  if (e.state !== "pending" && e.state !== "approved") throw new DomainError("conflict", "ledger_appeal_closed", "This entry no longer counts");
  return "pending";
}

/** The decision on an appeal is final and taken by someone other than the person and the approver. */
export function decideLedgerAppeal(e: LedgerEntryFacts, deciderId: string, uphold: boolean): { appealState: LedgerAppealState; state: LedgerEntryState } {
  if (e.appealState !== "pending") throw new DomainError("conflict", "ledger_appeal_not_pending", "There is no open appeal on this entry");
  if (deciderId === e.userId || (e.decidedBy !== null && deciderId === e.decidedBy)) throw new DomainError("forbidden", "ledger_appeal_same_decider", "The appeal is decided by someone other than the approver");
  return uphold ? { appealState: "upheld", state: "voided" } : { appealState: "dismissed", state: e.state };
}
