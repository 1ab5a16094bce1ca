/** P-03 training sessions of a unit and below, with the on-job attendance per person (Art.22). */
import { localDateOf } from "@ccms/core";
import { trainingRepository } from "@ccms/db";
import type { TrainingSessionView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { attendanceTotals, sessionViews } from "./training-view.js";

export async function listTrainingSessions(ctx: AppContext, p: UserPrincipal, orgUnitId: string): Promise<{ items: TrainingSessionView[]; attendance: ReturnType<typeof attendanceTotals> }> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  const items = await sessionViews(ex, await trainingRepository.listSessionsUnder(ex, unit.path), localDateOf(ctx.clock.now(), unit.timeZone));
  return { items, attendance: attendanceTotals(items) };
}
