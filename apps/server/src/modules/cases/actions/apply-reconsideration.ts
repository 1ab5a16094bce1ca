/** C-09 the customer applies for reconsideration within 15 days of the reply, to the upper unit. */
import {
  CASE_EVENT,
  type HandlingLevel,
  assertAppliedAtNotInFuture,
  assertNotReconsideredYet,
  assertReconsiderationInTime,
  reconsiderationTarget,
} from "@ccms/core";
import { orgUnitRepository } from "@ccms/db";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function applyReconsideration(w: CaseActionContext, a: ActionOf<"apply-reconsideration">): Promise<void> {
  const { row, now } = w;
  const appliedAt = a.appliedAt ? new Date(a.appliedAt) : now;
  assertAppliedAtNotInFuture(appliedAt, now);
  const { from, to } = moveCase(w, a.type);
  assertNotReconsideredYet(w.events.some((e) => e.type === CASE_EVENT.reconsiderationApplied));
  const unit = (await w.units.get(row.org_unit_id)).unit;
  assertReconsiderationInTime(row.replied_at ? new Date(row.replied_at) : null, appliedAt, unit.timeZone);
  const parent = unit.parentId ? await orgUnitRepository.findById(w.tx, unit.parentId) : undefined;
  const target = reconsiderationTarget({ id: unit.id, level: row.level as HandlingLevel }, parent);
  if (target.moved && parent) {
    w.patch.org_unit_id = target.unitId;
    w.patch.org_path = parent.path;
    w.patch.level = target.level;
    w.patch.handler_id = null;
  }
  addHistory(w, CASE_EVENT.reconsiderationApplied, from, to, { reason: a.reason, appliedAt: appliedAt.toISOString(), fromUnitId: unit.id, toUnitId: target.unitId }, appliedAt);
  if (target.moved) w.bus.push({ channel: target.unitId, event: { type: "case.reconsideration_applied", data: { caseId: row.id } } });
}
