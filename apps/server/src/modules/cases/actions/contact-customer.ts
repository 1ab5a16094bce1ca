/** Record a contact with the customer (C-03 follow-up, C-05 the first responder may still report back). */
import { CASE_EVENT } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function contactCustomer(w: CaseActionContext, a: ActionOf<"contact">): Promise<void> {
  moveCase(w, a.type);
  addHistory(w, CASE_EVENT.contacted, null, null, { method: a.method, note: a.note });
}
