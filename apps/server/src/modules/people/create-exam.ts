/** P-01, P-03 set an exam for a person of the caller's subtree: kind, pass mark, attempts by kind (pre-job, on-post at 6 months, quarterly). Audited. */
import { DomainError, examPolicy } from "@ccms/core";
import { trainingRepository } from "@ccms/db";
import type { CreateExamRequest, ExamView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { examViews } from "./training-view.js";

export async function createExam(ctx: AppContext, p: UserPrincipal, body: CreateExamRequest): Promise<ExamView> {
  requirePermission(p, "people.training.manage");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, body.userId);
  const open = (await trainingRepository.examsOf(ex, [user.id])).find((e) => e.kind === body.kind && e.state === "open");
  if (open) throw new DomainError("conflict", "exam_already_open", "This person already has an open exam of this kind", { examId: open.id });
  const id = ulid();
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await trainingRepository.insertExam(tx, {
      id,
      user_id: user.id,
      org_unit_id: user.orgUnitId,
      kind: body.kind,
      title: body.title,
      pass_mark: body.passMark,
      max_attempts: examPolicy(body.kind).maxAttempts,
      due_on: body.dueOn ?? null,
      state: "open",
      proposal: null,
      created_by: p.userId,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.exam_created", entityType: "people_exam", entityId: id, orgUnitId: user.orgUnitId, details: { 员工: user.displayName, 考试: body.title, 类别: body.kind, 及格分: body.passMark } });
  });
  return (await examViews(ex, [(await trainingRepository.findExam(ex, id))!]))[0]!;
}
