/** A free note on the case history. */
import { CASE_EVENT } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory } from "./case-action-context.js";

export async function addNote(w: CaseActionContext, a: ActionOf<"note">): Promise<void> {
  addHistory(w, CASE_EVENT.note, null, null, { text: a.text });
}
