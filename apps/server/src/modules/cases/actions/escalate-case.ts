/** C-06 transfer to the upper level re-targets the deadline by level. */
import { CASE_EVENT, escalationTarget } from "@ccms/core";
import { orgUnitRepository } from "@ccms/db";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function escalateCase(w: CaseActionContext, a: ActionOf<"escalate">): Promise<void> {
  const { row } = w;
  moveCase(w, a.type);
  const unit = (await w.units.get(row.org_unit_id)).unit;
  const parent = unit.parentId ? await orgUnitRepository.findById(w.tx, unit.parentId) : undefined;
  const target = escalationTarget(unit, parent);
  w.patch.org_unit_id = target.unitId;
  w.patch.org_path = parent!.path;
  w.patch.level = target.level;
  w.patch.handler_id = null;
  addHistory(w, CASE_EVENT.escalated, null, null, { fromUnitId: unit.id, toUnitId: target.unitId, fromLevel: row.level, toLevel: target.level, reason: a.reason });
  w.bus.push({ channel: target.unitId, event: { type: "case.escalated", data: { caseId: row.id, fromUnitId: unit.id } } });
}
