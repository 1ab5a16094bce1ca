/** C-07 the counter manager (or the level above for the manager's own case) decides a pause; never the handler. */
import { CASE_EVENT, DomainError, assertPauseDecider } from "@ccms/core";
import { orgUnitRepository, userRepository } from "@ccms/db";
import { parseData } from "../case-history.js";
import { type ActionOf, type CaseActionContext, addHistory, lastEventOf, moveCase } from "./case-action-context.js";

export async function decidePause(w: CaseActionContext, a: ActionOf<"decide-pause">): Promise<void> {
  const { row, p } = w;
  moveCase(w, a.type);
  const paused = lastEventOf(w.events, CASE_EVENT.paused);
  const decided = w.events.some((e) => (e.type === CASE_EVENT.pauseApproved || e.type === CASE_EVENT.pauseRefused) && paused !== undefined && e.seq > paused.seq);
  if (!paused || decided || parseData(paused).autoApproved === true) {
    throw new DomainError("conflict", "no_pause_to_decide", "There is no pause request waiting for a decision", {});
  }
  const [home, unit, handler] = await Promise.all([
    orgUnitRepository.findById(w.tx, p.orgUnitId),
    orgUnitRepository.findById(w.tx, row.org_unit_id),
    row.handler_id ? userRepository.findById(w.tx, row.handler_id) : Promise.resolve(undefined),
  ]);
  assertPauseDecider(
    { userId: p.userId, unitPath: home?.path ?? "" },
    { handlerId: row.handler_id, handlerIsUnitManager: handler !== undefined && handler.orgUnitId === row.org_unit_id && handler.roles.includes("counterManager"), unitPath: unit?.path ?? row.org_path },
  );
  addHistory(w, a.approved ? CASE_EVENT.pauseApproved : CASE_EVENT.pauseRefused, null, null, { note: a.note, reason: parseData(paused).reason ?? null });
}
