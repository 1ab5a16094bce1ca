/**
 * C-03 any matter not finished within its standard is recorded at daily close as a special matter;
 * the customer is contacted the next working day (the special kind's firstContact metric) and followed
 * up. A matter qualifies when it is not finished and one of its deadlines (not yet met) was due by the
 * end of the close date. Special matters themselves and matters already carried over are skipped.
 */
import type { CaseKind, CaseState } from "./case-model.js";
import { isCaseFinished } from "./case-model.js";
import type { ComputedDeadline } from "./compute-deadlines.js";

export function needsSpecialMatter(
  c: { kind: CaseKind; state: CaseState; hasSpecialMatter: boolean },
  deadlines: readonly ComputedDeadline[],
  endOfCloseDate: Date,
): boolean {
  if (c.kind === "special" || c.hasSpecialMatter || isCaseFinished(c.state)) return false;
  return deadlines.some((d) => d.metAt === null && d.dueAt.getTime() <= endOfCloseDate.getTime());
}
