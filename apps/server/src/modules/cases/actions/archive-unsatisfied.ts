/** C-10 still unsatisfied with no fault found → archived as unsatisfied. */
import { CASE_EVENT, type RulingOutcome, assertCanArchiveUnsatisfied } from "@ccms/core";
import { caseWorkRepository } from "@ccms/db";
import { type ActionOf, type CaseActionContext, addHistory, moveCase } from "./case-action-context.js";

export async function archiveUnsatisfied(w: CaseActionContext, a: ActionOf<"archive-unsatisfied">): Promise<void> {
  const callbacks = await caseWorkRepository.callbacksOf(w.tx, w.row.id);
  const last = callbacks.filter((c) => c.level === "responsible" && c.status === "done").at(-1);
  const ruling = await caseWorkRepository.rulingOf(w.tx, w.row.id);
  assertCanArchiveUnsatisfied(last, ruling ? (ruling.final_outcome as RulingOutcome) : undefined);
  const { from, to } = moveCase(w, a.type);
  addHistory(w, CASE_EVENT.archivedUnsatisfied, from, to, { note: a.note });
}
