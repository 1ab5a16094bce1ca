/** C-09 the upper unit decides a reconsideration (within 10 working days). */
import { CASE_EVENT } from "@ccms/core";
import { parseData } from "../case-history.js";
import { assertUpperLevel } from "../case-scope.js";
import { type ActionOf, type CaseActionContext, addHistory, lastEventOf, moveCase } from "./case-action-context.js";

export async function decideReconsideration(w: CaseActionContext, a: ActionOf<"decide-reconsideration">): Promise<void> {
  const { row, p, now } = w;
  const applied = lastEventOf(w.events, CASE_EVENT.reconsiderationApplied);
  const fromUnitId = applied ? (parseData(applied).fromUnitId as string | undefined) : undefined;
  if (fromUnitId && fromUnitId !== row.org_unit_id) {
    const lower = (await w.units.get(fromUnitId)).unit;
    assertUpperLevel(p, lower);
  }
  const { from, to } = moveCase(w, a.type, { reconsiderationOutcome: a.outcome });
  if (to === "closed") w.patch.closed_at = now.toISOString();
  addHistory(w, CASE_EVENT.reconsiderationDecided, from, to, { outcome: a.outcome, content: a.content });
}
