/** C-10 record a callback (the responsible unit's moves the case on; a sampled upper-level one does not). */
import { CASE_EVENT, type CaseState, DomainError, isInSubtree } from "@ccms/core";
import { caseWorkRepository } from "@ccms/db";
import { notFound } from "../../../http/principal.js";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function recordCallback(w: CaseActionContext, a: ActionOf<"callback">): Promise<void> {
  const { row, p, now } = w;
  const callbacks = await caseWorkRepository.callbacksOf(w.tx, row.id);
  let cb = a.callbackId ? callbacks.find((c) => c.id === a.callbackId) : undefined;
  if (a.callbackId && !cb) throw notFound("callback", a.callbackId);
  if (!cb) {
    const pending = callbacks.filter((c) => c.status === "pending");
    cb = (row.state === "callback" ? pending.find((c) => c.level === "responsible") : undefined) ?? pending[0];
  }
  if (!cb) throw new DomainError("conflict", "no_pending_callback", "There is no pending callback for this case");
  if (cb.status !== "pending") throw new DomainError("conflict", "callback_already_done", "This callback is already recorded", { callbackId: cb.id });
  const cbUnit = (await w.units.get(cb.org_unit_id)).unit;
  if (!isInSubtree(cbUnit.path, p.scopePath)) {
    throw new DomainError("forbidden", "not_callback_unit", "The callback belongs to another unit", { orgUnitId: cb.org_unit_id });
  }
  let from: CaseState = row.state as CaseState;
  let to: CaseState = from;
  if (cb.level === "responsible") ({ from, to } = moveCase(w, a.type, { callbackResult: a.result }));
  await caseWorkRepository.updateCallback(w.tx, cb.id, { status: "done", result: a.result, note: a.note, done_at: now.toISOString(), done_by: p.displayName });
  addHistory(w, CASE_EVENT.callbackDone, from, to, { callbackId: cb.id, level: cb.level, result: a.result, note: a.note });
  w.audit.callbackId = cb.id;
}
