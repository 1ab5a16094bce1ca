/**
 * P-04 (seed 003-1 Art.27–29) standby training 待岗培训 with its own exam: one attempt, a fail proposes
 * dismissal. Triggered by a training manager or by People II after three failed quarters. Audited.
 */
import { DomainError } from "@ccms/core";
import { trainingRepository } from "@ccms/db";
import type { ExamView, StartStandbyTrainingRequest, TrainingSessionView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { examViews, sessionViews } from "./training-view.js";

export async function startStandbyTraining(ctx: AppContext, p: UserPrincipal, body: StartStandbyTrainingRequest): Promise<{ session: TrainingSessionView; exam: ExamView }> {
  requirePermission(p, "people.training.manage");
  if (body.endsOn < body.startsOn) throw new DomainError("validation", "training_range_reversed", "The training ends before it starts");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, body.userId);
  if ((await trainingRepository.examsOf(ex, [user.id])).some((e) => e.kind === "standby" && e.state === "open")) throw new DomainError("conflict", "exam_already_open", "This person already has an open exam of this kind", {});
  const sessionId = ulid();
  const examId = ulid();
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await trainingRepository.insertSession(tx, { id: sessionId, org_unit_id: user.orgUnitId, kind: "standby", title: `待岗培训：${user.displayName}`, starts_on: body.startsOn, ends_on: body.endsOn, report_due_on: null, created_by: p.userId, created_at: now.toISOString() });
    await trainingRepository.insertAttendance(tx, { session_id: sessionId, user_id: user.id, status: "invited", report_submitted_on: null, updated_by: p.userId, updated_at: now.toISOString() });
    await trainingRepository.insertExam(tx, { id: examId, user_id: user.id, org_unit_id: user.orgUnitId, kind: "standby", title: "待岗培训考核", pass_mark: body.passMark, max_attempts: 1, due_on: body.endsOn, state: "open", proposal: null, created_by: p.userId, created_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.standby_started", entityType: "user", entityId: user.id, orgUnitId: user.orgUnitId, details: { 员工: user.displayName, 原因: body.reason, 起: body.startsOn, 止: body.endsOn } });
  });
  const session = (await sessionViews(ex, [(await trainingRepository.findSession(ex, sessionId))!], body.startsOn))[0]!;
  const exam = (await examViews(ex, [(await trainingRepository.findExam(ex, examId))!]))[0]!;
  return { session, exam };
}
