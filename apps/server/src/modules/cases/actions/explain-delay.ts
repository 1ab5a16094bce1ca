/** C-07 when a limit cannot be met the customer is told and the upper level informed in writing — within the limit. */
import { CASE_EVENT, type CaseState, assertDeadlineOpen, extendableMetricOf } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory, currentDeadline, moveCase } from "./case-action-context.js";

export async function explainDelay(w: CaseActionContext, a: ActionOf<"explain-delay">): Promise<void> {
  const { row } = w;
  moveCase(w, a.type);
  const metric = extendableMetricOf(row.state as CaseState);
  const d = assertDeadlineOpen(metric, await currentDeadline(w, metric), "explanation_too_late");
  const unit = (await w.units.get(row.org_unit_id)).unit;
  addHistory(w, CASE_EVENT.delayExplained, null, null, {
    metric,
    dueAt: d.dueAt.toISOString(),
    customerExplanation: a.customerExplanation,
    upperNote: a.upperNote,
    upperUnitId: unit.parentId,
  });
  if (unit.parentId) w.bus.push({ channel: unit.parentId, event: { type: "case.delay_explained", data: { caseId: row.id, metric, dueAt: d.dueAt.toISOString() } } });
}
