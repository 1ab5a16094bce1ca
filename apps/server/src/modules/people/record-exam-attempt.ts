/**
 * P-01, P-04 record an exam score. Failing every attempt proposes a dismissal (pre-job, 3-month
 * assessment: twice; standby: once) or a transfer (on-post exam: twice); the proposal is audited and
 * a failed 3-month assessment marks the onboarding (K-08: the roles are never granted).
 */
import { DomainError, type ExamKind, examOutcome } from "@ccms/core";
import { trainingRepository } from "@ccms/db";
import type { ExamView, RecordExamAttemptRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { examViews } from "./training-view.js";

export async function recordExamAttempt(ctx: AppContext, p: UserPrincipal, examId: string, body: RecordExamAttemptRequest): Promise<ExamView> {
  requirePermission(p, "people.training.manage");
  const ex = ctx.database.db;
  const exam = await trainingRepository.findExam(ex, examId);
  if (!exam) throw notFound("people_exam", examId);
  await unitInScope(ex, p, exam.org_unit_id).catch(() => {
    throw notFound("people_exam", examId);
  });
  if (exam.state !== "open") throw new DomainError("conflict", "exam_closed", "This exam is already decided", { examId, state: exam.state });
  const attempts = await trainingRepository.attemptsOf(ex, [examId]);
  const outcome = examOutcome(exam.kind as ExamKind, exam.pass_mark, [...attempts.map((a) => a.score), body.score]);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await trainingRepository.insertAttempt(tx, { id: ulid(), exam_id: examId, seq: attempts.length + 1, taken_on: body.takenOn, score: body.score, recorded_by: p.userId, recorded_at: now.toISOString() });
    await trainingRepository.updateExam(tx, examId, { state: outcome.state, proposal: outcome.proposal });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.exam_attempt_recorded", entityType: "people_exam", entityId: examId, orgUnitId: exam.org_unit_id, details: { 考试: exam.title, 第几次: attempts.length + 1, 成绩: body.score, 及格分: exam.pass_mark, 结果: outcome.state } });
    if (outcome.proposal) {
      await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: outcome.proposal === "dismissal" ? "people.dismissal_proposed" : "people.transfer_proposed", entityType: "user", entityId: exam.user_id, orgUnitId: exam.org_unit_id, details: { 考试: exam.title, 类别: exam.kind, 不合格次数: attempts.length + 1 } });
      if (exam.kind === "onboarding_assessment" || exam.kind === "pre_job") {
        const onboarding = await trainingRepository.findOnboarding(tx, exam.user_id);
        if (onboarding && onboarding.state === "training") await trainingRepository.updateOnboarding(tx, exam.user_id, { state: "dismissal_proposed", updated_at: now.toISOString() });
      }
    }
  });
  return (await examViews(ex, [(await trainingRepository.findExam(ex, examId))!]))[0]!;
}
