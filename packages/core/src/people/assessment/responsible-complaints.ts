/**
 * C-12/C-13 responsible complaints of a quarter from the cases' rulings: a person's are the rulings
 * whose final outcome is responsible and that name them; the outlet's count every responsible ruling
 * of the unit, a repeat complaint caused by an unreachable handler once per earlier case (C-13).
 */
export interface RulingFact {
  caseId: string;
  employeeId: string | null;
  finalOutcome: string;
  finalCategory: string;
  /** The earlier case a C-13 automatic repeat ruling refers to. */
  repeatOfCaseId?: string | null | undefined;
}

export function responsibleComplaintsOf(rulings: readonly RulingFact[], userId: string): number {
  return rulings.filter((r) => r.finalOutcome === "responsible" && r.employeeId === userId).length;
}

export function outletResponsibleComplaints(rulings: readonly RulingFact[]): number {
  const repeats = new Set<string>();
  let n = 0;
  for (const r of rulings) {
    if (r.finalOutcome !== "responsible") continue;
    if (r.finalCategory === "repeatUnreachable") {
      const key = r.repeatOfCaseId ?? r.caseId;
      if (repeats.has(key)) continue; // C-13 counts once
      repeats.add(key);
    }
    n++;
  }
  return n;
}
