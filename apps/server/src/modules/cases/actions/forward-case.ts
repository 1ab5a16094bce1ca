/**
 * C-19 a complaint received higher up goes down to the responsible unit, which handles it; the
 * receiving level stays the origin (it supervises and sees the case) and gets the result on reply.
 */
import { CASE_EVENT, forwardTarget, isInSubtree } from "@ccms/core";
import { orgUnitRepository } from "@ccms/db";
import { notFound } from "../../../http/principal.js";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function forwardCase(w: CaseActionContext, a: ActionOf<"forward">): Promise<void> {
  const { row, p } = w;
  moveCase(w, a.type);
  const unit = (await w.units.get(row.org_unit_id)).unit;
  const targetUnit = await orgUnitRepository.findById(w.tx, a.toUnitId);
  if (!targetUnit || !isInSubtree(targetUnit.path, p.scopePath)) throw notFound("org_unit", a.toUnitId);
  const target = forwardTarget(unit, targetUnit);
  w.patch.org_unit_id = target.unitId;
  w.patch.org_path = targetUnit.path;
  w.patch.level = target.level;
  w.patch.handler_id = null;
  addHistory(w, CASE_EVENT.forwarded, null, null, { fromUnitId: unit.id, toUnitId: target.unitId, fromLevel: row.level, toLevel: target.level, note: a.note });
  w.bus.push({ channel: target.unitId, event: { type: "case.forwarded", data: { caseId: row.id, fromUnitId: unit.id } } });
}
