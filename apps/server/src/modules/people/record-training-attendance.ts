/** P-03 (Art.21, 22) attendance of an invitee, and for external training the day the report was handed in. Audited. */
import { DomainError, localDateOf } from "@ccms/core";
import { trainingRepository } from "@ccms/db";
import type { RecordTrainingAttendanceRequest, TrainingSessionView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { sessionViews } from "./training-view.js";

export async function recordTrainingAttendance(ctx: AppContext, p: UserPrincipal, sessionId: string, body: RecordTrainingAttendanceRequest): Promise<TrainingSessionView> {
  requirePermission(p, "people.training.manage");
  const ex = ctx.database.db;
  const session = await trainingRepository.findSession(ex, sessionId);
  if (!session) throw notFound("training_session", sessionId);
  const unit = await unitInScope(ex, p, session.org_unit_id).catch(() => {
    throw notFound("training_session", sessionId);
  });
  if (body.reportSubmittedOn && session.kind !== "external") throw new DomainError("unprocessable", "training_report_not_expected", "Only an external training expects a report");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await trainingRepository.updateAttendance(tx, sessionId, body.userId, { status: body.status, report_submitted_on: body.reportSubmittedOn ?? null, updated_by: p.userId, updated_at: now.toISOString() });
    if (n === 0) throw notFound("training_attendee", body.userId);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.training_attendance_recorded", entityType: "people_training_session", entityId: sessionId, orgUnitId: session.org_unit_id, details: { 培训: session.title, 人员: body.userId, 出勤: body.status, 报告提交: body.reportSubmittedOn ?? null } });
  });
  return (await sessionViews(ex, [(await trainingRepository.findSession(ex, sessionId))!], localDateOf(now, unit.timeZone)))[0]!;
}
