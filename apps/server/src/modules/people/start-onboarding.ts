/**
 * K-08, P-01, P-03 hire through the onboarding flow: the account starts as a trainee with no business
 * roles (training only: its own training and exams), a mentor leads the three pre-job stages, and the
 * 3-month assessment is set with its pass mark. The business roles are kept aside until the assessment
 * is passed and approved by the training lead (approve-onboarding). The hire's staff record (P-15, entry
 * "onboarding") is written with the hire date and the posts of the pending roles. Audited.
 */
import { DomainError, onboardingAssessmentDue, postsForRoles } from "@ccms/core";
import { trainingRepository } from "@ccms/db";
import type { CreateStaffRecordRequest, OnboardingView, StartOnboardingRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { assertMayManage, createUser } from "../control/users.js";
import { writeStaffRecord } from "./create-staff-record.js";
import { onboardingViews } from "./training-view.js";

export async function startOnboarding(ctx: AppContext, p: UserPrincipal, body: StartOnboardingRequest): Promise<OnboardingView> {
  requirePermission(p, "people.training.manage");
  const ex = ctx.database.db;
  await unitInScope(ex, p, body.orgUnitId);
  const mentor = await userIdInScope(ex, p, body.mentorUserId);
  if (!mentor.active) throw new DomainError("unprocessable", "mentor_inactive", "The mentor's account is closed", { userId: mentor.id });
  // the caller must be allowed to grant the roles later kept aside
  await assertMayManage(ex, p, "create", { orgUnitId: body.orgUnitId, newRoles: body.roles });
  const user = await createUser(ctx, p, { username: body.username, password: body.password, displayName: body.displayName, orgUnitId: body.orgUnitId, roles: [] });
  const now = ctx.clock.now().toISOString();
  await ctx.tx(async (tx) => {
    await trainingRepository.insertOnboarding(tx, {
      user_id: user.id,
      org_unit_id: body.orgUnitId,
      mentor_user_id: mentor.id,
      hired_on: body.hiredOn,
      pending_roles: JSON.stringify([...new Set(body.roles)]),
      stage: "norms",
      state: "training",
      approved_by: null,
      approved_at: null,
      created_by: p.userId,
      created_at: now,
      updated_at: now,
    });
    await trainingRepository.insertExam(tx, {
      id: ulid(),
      user_id: user.id,
      org_unit_id: body.orgUnitId,
      kind: "onboarding_assessment",
      title: "入职三个月业务考核",
      pass_mark: body.passMark,
      max_attempts: 2,
      due_on: onboardingAssessmentDue(body.hiredOn),
      state: "open",
      proposal: null,
      created_by: p.userId,
      created_at: now,
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), ctx.clock.now(), {
      action: "people.onboarding_started",
      entityType: "user",
      entityId: user.id,
      orgUnitId: body.orgUnitId,
      details: { 员工: body.displayName, 带教人: mentor.displayName, 入职日期: body.hiredOn, 待授予岗位: body.roles, 及格分: body.passMark },
    });
    // P-15 the new hire appears in the staff records with the hire date and the posts of the pending roles
    await writeStaffRecord(tx, ctx, p, { id: user.id, orgUnitId: body.orgUnitId, displayName: body.displayName }, { posts: postsForRoles(body.roles) as CreateStaffRecordRequest["posts"], hireDate: body.hiredOn, skills: [], certificates: [] }, "onboarding");
  });
  return (await onboardingViews(ex, [(await trainingRepository.findOnboarding(ex, user.id))!]))[0]!;
}
