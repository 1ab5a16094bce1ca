/**
 * K-08 (seed 002 §1.2.1.3 考核合格者经培训负责人同意方可申请用户权限) the training lead approves a passed
 * 3-month assessment: the business roles kept aside are granted to the account. Audited.
 */
import { DomainError, type ExamState, type OnboardingStage, grantBlockers } from "@ccms/core";
import { trainingRepository, userRepository } from "@ccms/db";
import type { OnboardingView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { onboardingInScope } from "./onboarding-in-scope.js";
import { onboardingViews } from "./training-view.js";

export async function approveOnboarding(ctx: AppContext, p: UserPrincipal, userId: string): Promise<OnboardingView> {
  requirePermission(p, "people.training.approve");
  const ex = ctx.database.db;
  const row = await onboardingInScope(ex, p, userId);
  const exams = (await trainingRepository.examsOf(ex, [userId])).filter((e) => e.kind === "onboarding_assessment");
  const assessment = exams.at(-1);
  const blockers = grantBlockers({ stage: row.stage as OnboardingStage, assessment: (assessment?.state as ExamState | undefined) ?? null, granted: row.state === "granted", dismissalProposed: row.state === "dismissal_proposed" });
  if (blockers.length > 0) throw new DomainError("unprocessable", "onboarding_not_ready", "The 3-month assessment is not passed or the pre-job stages are not done", { blockers });
  const roles = JSON.parse(row.pending_roles) as string[];
  const user = (await userRepository.findById(ex, userId))!;
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await userRepository.setRoles(tx, userId, [...new Set([...user.roles, ...roles])]);
    await trainingRepository.updateOnboarding(tx, userId, { state: "granted", approved_by: p.userId, approved_at: now.toISOString(), updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.k08_roles_granted",
      entityType: "user",
      entityId: userId,
      orgUnitId: row.org_unit_id,
      details: { 员工: user.displayName, 授予岗位: roles, 考核: assessment ? { 及格分: assessment.pass_mark, 结果: assessment.state } : null },
    });
  });
  return (await onboardingViews(ex, [(await trainingRepository.findOnboarding(ex, userId))!]))[0]!;
}
