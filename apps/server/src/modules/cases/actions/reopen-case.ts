/** Reopen a closed or archived case (C-14 after rectification). */
import { CASE_EVENT } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function reopenCase(w: CaseActionContext, a: ActionOf<"reopen">): Promise<void> {
  const { from, to } = moveCase(w, a.type);
  w.patch.closed_at = null;
  addHistory(w, CASE_EVENT.reopened, from, to, { reason: a.reason });
}
