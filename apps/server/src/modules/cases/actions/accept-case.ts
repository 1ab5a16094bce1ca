/** Accept a case: the handler (the caller when none) owns it from now (C-02 the reply limit runs from acceptance). */
import { CASE_EVENT } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function acceptCase(w: CaseActionContext, a: ActionOf<"accept">): Promise<void> {
  const { from, to } = moveCase(w, a.type);
  w.patch.accepted_at = w.now.toISOString();
  if (!w.row.handler_id) w.patch.handler_id = w.p.userId;
  addHistory(w, CASE_EVENT.accepted, from, to, { note: a.note ?? null });
}
