/** Resume a paused case into the state it was paused from. */
import { CASE_EVENT, type CaseState } from "@ccms/core";
import { type ActionOf, type CaseActionContext, addHistory, lastEventOf, moveCase } from "./case-action-context.js";

export async function resumeCase(w: CaseActionContext, a: ActionOf<"resume">): Promise<void> {
  const paused = lastEventOf(w.events, CASE_EVENT.paused);
  const before = (paused?.from_state as CaseState | null) ?? "investigating";
  const { from, to } = moveCase(w, a.type, { stateBeforePause: before });
  addHistory(w, CASE_EVENT.resumed, from, to, { note: a.note ?? null });
}
