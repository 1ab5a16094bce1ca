/** C-07 ask to pause the clock (waiting for the customer or a third party); the pause is decided by the manager. */
import { CASE_EVENT } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function pauseCase(w: CaseActionContext, a: ActionOf<"pause">): Promise<void> {
  const { from, to } = moveCase(w, a.type);
  addHistory(w, CASE_EVENT.paused, from, to, { reason: a.reason });
}
