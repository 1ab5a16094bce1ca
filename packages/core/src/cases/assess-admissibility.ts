/**
 * C-18 complaint admissibility (seed 003 第二篇 Art.5, Art.9). A complaint is taken onto the complaint
 * clock when (一) the service fell below the published standard or promise, or (二) the customer disputes
 * a fee; and (三) the complainant is a party or its agent; (四) a person or outlet is identified;
 * (五) concrete facts are given. A complaint about staff misconduct is routed to the misconduct
 * procedure instead (its own kind, not the complaint clock).
 */
export interface Admissibility {
  belowStandard: boolean;
  feeDispute: boolean;
  isParty: boolean;
  identifiable: boolean;
  concreteFacts: boolean;
  staffMisconduct: boolean;
}

export type AdmissibilityCriterion = "belowStandardOrFee" | "isParty" | "identifiable" | "concreteFacts";

export type AdmissibilityRoute =
  | { route: "complaint" }
  | { route: "misconduct" }
  | { route: "inadmissible"; missing: AdmissibilityCriterion[] };

export function assessAdmissibility(a: Admissibility): AdmissibilityRoute {
  if (a.staffMisconduct) return { route: "misconduct" };
  const missing: AdmissibilityCriterion[] = [];
  if (!a.belowStandard && !a.feeDispute) missing.push("belowStandardOrFee");
  if (!a.isParty) missing.push("isParty");
  if (!a.identifiable) missing.push("identifiable");
  if (!a.concreteFacts) missing.push("concreteFacts");
  return missing.length === 0 ? { route: "complaint" } : { route: "inadmissible", missing };
}
