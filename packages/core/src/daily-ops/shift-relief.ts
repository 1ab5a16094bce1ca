/**
 * D-13 shift relief and handover ownership (seed 003-1 Art.79–82): the outgoing person may not leave
 * before the incoming one confirms the handover unless the shift lead approves (with a reason); the
 * handover lists important notices, retained cards and error accounts; problems found after the
 * confirmed handover belong to the incoming shift.
 */

/** The handover's D-13 sections: null = not declared; an empty list = declared as none. */
export interface ReliefSections {
  importantNotices: readonly string[] | null;
  retainedCards: readonly unknown[] | null;
  errorAccounts: readonly unknown[] | null;
}

export type ReliefSection = "importantNotices" | "retainedCards" | "errorAccounts";

/** D-13 the sections the handover has not declared (each must be listed, "none" being an empty list). */
export function missingReliefSections(s: ReliefSections): ReliefSection[] {
  const out: ReliefSection[] = [];
  if (s.importantNotices === null) out.push("importantNotices");
  if (s.retainedCards === null) out.push("retainedCards");
  if (s.errorAccounts === null) out.push("errorAccounts");
  return out;
}

export type CloseShiftBlock = "already_closed" | "relief_not_confirmed" | "relief_sections_missing";

export interface CloseShiftFacts {
  handoverStatus: "pending" | "confirmed";
  /** The shift lead's approval to leave before relief (null when none). */
  approval: { byId: string; reason: string } | null;
  closedAt: string | null;
  sections: ReliefSections;
}

/**
 * D-13 may the outgoing person close the shift now? Confirmed relief, or the shift lead's approval;
 * the D-13 sections must be declared either way. Returns the block or null, and how it closes.
 */
export function closeShiftDecision(f: CloseShiftFacts): { block: CloseShiftBlock; mode: null } | { block: null; mode: "relieved" | "approved" } {
  if (f.closedAt) return { block: "already_closed", mode: null };
  if (missingReliefSections(f.sections).length > 0) return { block: "relief_sections_missing", mode: null };
  if (f.handoverStatus === "confirmed") return { block: null, mode: "relieved" };
  if (f.approval) return { block: null, mode: "approved" };
  return { block: "relief_not_confirmed", mode: null };
}

/** D-13 the shift lead who approves an early leave is someone other than the outgoing person. */
export function earlyLeaveApprovalBlock(f: { approverId: string; outgoingId: string; handoverStatus: "pending" | "confirmed"; alreadyApproved: boolean; reason: string }): "approver_is_outgoing" | "relief_already_confirmed" | "early_leave_already_approved" | "early_leave_reason_required" | null {
  if (f.approverId === f.outgoingId) return "approver_is_outgoing";
  if (f.handoverStatus === "confirmed") return "relief_already_confirmed";
  if (f.alreadyApproved) return "early_leave_already_approved";
  if (f.reason.trim() === "") return "early_leave_reason_required";
  return null;
}

export interface HandoverForAttribution {
  id: string;
  outgoingLeadId: string;
  incomingLeadId: string;
  /** ISO instant of the incoming lead's confirmation; null while pending. */
  confirmedAt: string | null;
}

export interface ShiftAttribution {
  userId: string;
  role: "incoming" | "outgoing";
  handoverId: string;
}

/**
 * D-13 (Art.82) whose shift a problem recorded at `at` belongs to: the incoming lead of the latest
 * handover of the counter's day confirmed at or before `at`; before any confirmation, the outgoing lead
 * of the first handover still open (recorded before `at`, confirmed after it or not yet); otherwise none.
 */
export function attributeToShift(handovers: readonly (HandoverForAttribution & { createdAt: string })[], at: string): ShiftAttribution | null {
  const confirmed = handovers.filter((h) => h.confirmedAt !== null && h.confirmedAt <= at).sort((a, b) => (a.confirmedAt! < b.confirmedAt! ? 1 : a.confirmedAt! > b.confirmedAt! ? -1 : 0));
  const last = confirmed[0];
  if (last) return { userId: last.incomingLeadId, role: "incoming", handoverId: last.id };
  const open = handovers.filter((h) => h.createdAt <= at && (h.confirmedAt === null || h.confirmedAt > at)).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const first = open[0];
  if (first) return { userId: first.outgoingLeadId, role: "outgoing", handoverId: first.id };
  return null;
}
