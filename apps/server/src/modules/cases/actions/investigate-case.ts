/** Start investigating a case; the caller becomes the handler when none is set. */
import { CASE_EVENT } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function investigateCase(w: CaseActionContext, a: ActionOf<"investigate">): Promise<void> {
  const { from, to } = moveCase(w, a.type);
  w.patch.handler_id = w.row.handler_id ?? w.p.userId;
  addHistory(w, CASE_EVENT.investigating, from, to, { note: a.note ?? null });
}
