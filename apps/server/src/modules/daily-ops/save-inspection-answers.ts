/** Merge answers by item key into an inspection still in progress. */
import { type InspectionAnswerValue, DomainError, mergeInspectionAnswers } from "@ccms/core";
import type { InspectionAnswer } from "@ccms/contracts";
import { inspectionRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { getInspection } from "./get-inspection.js";
import { toAnswerValues } from "./inspection-answers.js";
import { parseJson } from "./parse-json.js";
import { loadInspection } from "./present-inspections.js";

export async function saveInspectionAnswers(ctx: AppContext, p: UserPrincipal, id: string, answers: readonly InspectionAnswer[]) {
  requirePermission(p, "dailyops.patrol");
  const ex = ctx.database.db;
  const { row, template } = await loadInspection(p, ex, id);
  if (row.status !== "in_progress") throw new DomainError("conflict", "inspection_submitted", "The inspection is already submitted");
  const merged = mergeInspectionAnswers(template, parseJson<InspectionAnswerValue[]>(row.answers, []), toAnswerValues(answers));
  await ctx.tx(async (tx) => {
    if (!(await inspectionRepository.saveAnswersInProgress(tx, id, JSON.stringify(merged)))) throw new DomainError("conflict", "inspection_submitted", "The inspection is already submitted");
  });
  return getInspection(ctx, p, id);
}
