/** C-14 a corrective action done, with its effect. */
import { CASE_EVENT, DomainError } from "@ccms/core";
import { caseWorkRepository } from "@ccms/db";
import { notFound } from "../../../http/principal.js";
import { type ActionOf, type CaseActionContext, addHistory } from "./case-action-context.js";

export async function completeRectification(w: CaseActionContext, a: ActionOf<"complete-rectification">): Promise<void> {
  const rects = await caseWorkRepository.rectificationsOf(w.tx, w.row.id);
  const r = rects.find((x) => x.id === a.rectificationId);
  if (!r) throw notFound("rectification", a.rectificationId);
  if (r.status !== "open") throw new DomainError("conflict", "rectification_already_done", "This rectification is already completed");
  await caseWorkRepository.updateRectification(w.tx, r.id, { status: "done", effect: a.effect, done_at: w.now.toISOString() });
  addHistory(w, CASE_EVENT.rectificationCompleted, null, null, { rectificationId: r.id, effect: a.effect });
}
