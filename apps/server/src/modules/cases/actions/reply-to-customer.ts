/**
 * C-08 reply by phone, in writing, or by visit. C-20 (003 第二篇 Art.15) a complaint's reply tells the
 * customer how and where to ask for reconsideration. C-19 a case forwarded down reports its result back
 * up to the unit that received it.
 */
import { CASE_EVENT, DomainError } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function replyToCustomer(w: CaseActionContext, a: ActionOf<"reply">): Promise<void> {
  const { row, p, now } = w;
  const { from, to } = moveCase(w, a.type);
  if (row.kind === "complaint" && a.reconsiderationInfo !== true) {
    throw new DomainError("validation", "reconsideration_info_required", "Tell the customer how to ask for reconsideration (within 15 days, upper unit or banking association) and record it", {});
  }
  if (!row.replied_at) w.patch.replied_at = now.toISOString();
  if (!row.handler_id) w.patch.handler_id = p.userId;
  addHistory(w, CASE_EVENT.replied, from, to, { method: a.method, content: a.content, reconsiderationInfo: a.reconsiderationInfo ?? false });
  if (row.origin_unit_id !== row.org_unit_id && w.events.some((e) => e.type === CASE_EVENT.forwarded)) {
    addHistory(w, CASE_EVENT.resultReported, null, null, { toUnitId: row.origin_unit_id, method: a.method });
    w.bus.push({ channel: row.origin_unit_id, event: { type: "case.result_reported", data: { caseId: row.id, number: row.number, fromUnitId: row.org_unit_id } } });
  }
}
