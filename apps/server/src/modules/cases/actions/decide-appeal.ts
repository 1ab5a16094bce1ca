/** C-12 the upper level decides the appeal; its decision is final (overturned flips the outcome with a new category). */
import { type AppealStatus, CASE_EVENT, type RulingCategory, type RulingOutcome, assertPendingAppeal, decideAppeal } from "@ccms/core";
import { caseWorkRepository } from "@ccms/db";
import { assertUpperLevel } from "../case-scope.js";
import { type ActionOf, type CaseActionContext, addHistory } from "./case-action-context.js";

export async function decideRulingAppeal(w: CaseActionContext, a: ActionOf<"decide-appeal">): Promise<void> {
  const { row, p, now } = w;
  const found = await caseWorkRepository.rulingOf(w.tx, row.id);
  const ruling = found
    ? { ...found, appealStatus: found.appeal_status as AppealStatus, outcome: found.outcome as RulingOutcome, category: found.category as RulingCategory }
    : undefined;
  assertPendingAppeal(ruling);
  assertUpperLevel(p, (await w.units.get(ruling.org_unit_id)).unit);
  const { finalOutcome, finalCategory } = decideAppeal(ruling, a.outcome, a.category);
  await caseWorkRepository.updateRuling(w.tx, ruling.id, {
    appeal_status: a.outcome,
    appeal_decided_by: p.displayName,
    appeal_decided_at: now.toISOString(),
    appeal_note: a.note,
    final_outcome: finalOutcome,
    final_category: finalCategory,
  });
  const data = { rulingId: ruling.id, caseId: row.id, orgUnitId: ruling.org_unit_id, employeeId: ruling.employee_id, outcome: finalOutcome, category: finalCategory, appeal: a.outcome, final: true };
  addHistory(w, CASE_EVENT.appealDecided, null, null, { ...data, note: a.note });
  w.bus.push({ channel: "people", event: { type: "responsibility.appeal_decided", data } });
}
