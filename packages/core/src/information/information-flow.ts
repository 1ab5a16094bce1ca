/**
 * I-02 / I-05 customer information flow (seed 001 十): tellers and guides record what customers
 * report (complaints, surrender reasons, satisfaction, feedback after new products or services,
 * partner information) → each week the information officer 信息员 consolidates the week's entries
 * with the focus issues → the counter manager validates them → the counter forwards them to the
 * level above. A step out of order is a typed refusal.
 */
export type InfoKind = "complaint" | "surrender" | "satisfaction" | "productFeedback" | "partner" | "other";
export const INFO_KINDS: readonly InfoKind[] = ["complaint", "surrender", "satisfaction", "productFeedback", "partner", "other"];

/** I-05 surrender reasons captured with a surrender entry (a list the web names). */
export type SurrenderReason = "financialNeed" | "productMismatch" | "salesMisleading" | "serviceDissatisfaction" | "betterProductElsewhere" | "premiumBurden" | "other";
export const SURRENDER_REASONS: readonly SurrenderReason[] = ["financialNeed", "productMismatch", "salesMisleading", "serviceDissatisfaction", "betterProductElsewhere", "premiumBurden", "other"];

export type ConsolidationState = "consolidated" | "validated" | "forwarded";
export type ConsolidationAction = "validate" | "forward";

export type FlowStep = { ok: true; state: ConsolidationState } | { ok: false; code: "consolidation_not_consolidated" | "consolidation_not_validated" };

export function nextConsolidationState(current: ConsolidationState, action: ConsolidationAction): FlowStep {
  switch (action) {
    case "validate":
      return current === "consolidated" ? { ok: true, state: "validated" } : { ok: false, code: "consolidation_not_consolidated" };
    case "forward":
      return current === "validated" ? { ok: true, state: "forwarded" } : { ok: false, code: "consolidation_not_validated" };
  }
}

/** A surrender entry names its reason (I-05); other kinds carry none. */
export function entryReasonError(kind: InfoKind, reason: SurrenderReason | null): "surrender_reason_required" | "surrender_reason_only_for_surrender" | null {
  if (kind === "surrender" && !reason) return "surrender_reason_required";
  if (kind !== "surrender" && reason) return "surrender_reason_only_for_surrender";
  return null;
}
