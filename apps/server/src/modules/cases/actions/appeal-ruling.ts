/** C-12 the employee appeals a responsibility ruling once, to the level above. */
import { type AppealStatus, CASE_EVENT, DomainError, assertCanAppeal, isInSubtree } from "@ccms/core";
import { caseWorkRepository } from "@ccms/db";
import { type ActionOf, type CaseActionContext, addHistory } from "./case-action-context.js";

export async function appealRuling(w: CaseActionContext, a: ActionOf<"appeal">): Promise<void> {
  const { row, p, now } = w;
  const ruling = await caseWorkRepository.rulingOf(w.tx, row.id);
  assertCanAppeal(ruling ? { appealStatus: ruling.appeal_status as AppealStatus } : undefined);
  const rulingUnit = (await w.units.get(ruling!.org_unit_id)).unit;
  if (!isInSubtree(rulingUnit.path, p.scopePath)) throw new DomainError("forbidden", "not_handling_unit", "The ruling belongs to another unit");
  await caseWorkRepository.updateRuling(w.tx, ruling!.id, { appeal_status: "pending", appeal_reason: a.reason, appealed_at: now.toISOString() });
  addHistory(w, CASE_EVENT.appealed, null, null, { rulingId: ruling!.id, reason: a.reason });
  if (rulingUnit.parentId) w.bus.push({ channel: rulingUnit.parentId, event: { type: "responsibility.appealed", data: { caseId: row.id, rulingId: ruling!.id } } });
}
