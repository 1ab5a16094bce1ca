/** P-01 exams of a unit and below, with attempts and proposals. */
import { trainingRepository } from "@ccms/db";
import type { ExamView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { examViews } from "./training-view.js";

export async function listExams(ctx: AppContext, p: UserPrincipal, orgUnitId: string): Promise<{ items: ExamView[] }> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  return { items: await examViews(ex, await trainingRepository.listExamsUnder(ex, unit.path)) };
}
