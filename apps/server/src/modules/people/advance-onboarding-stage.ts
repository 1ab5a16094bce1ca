/** P-03 (seed 003-1 Art.15) the mentor or a training manager signs off the current pre-job stage. Audited. */
import { DomainError, type OnboardingStage, nextStage } from "@ccms/core";
import { trainingRepository } from "@ccms/db";
import type { OnboardingView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { onboardingInScope } from "./onboarding-in-scope.js";
import { onboardingViews } from "./training-view.js";

export async function advanceOnboardingStage(ctx: AppContext, p: UserPrincipal, userId: string): Promise<OnboardingView> {
  const ex = ctx.database.db;
  const row = await onboardingInScope(ex, p, userId);
  if (row.mentor_user_id !== p.userId && !p.permissions.has("people.training.manage")) throw new DomainError("forbidden", "permission_denied", "Only the mentor or a training manager signs off a stage", { action: "people.training.manage" });
  const from = row.stage as OnboardingStage;
  if (from === "done") throw new DomainError("conflict", "onboarding_stages_done", "All three stages are already signed off", { userId });
  const to = nextStage(from);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await trainingRepository.updateOnboarding(tx, userId, { stage: to, updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.onboarding_stage_done", entityType: "user", entityId: userId, orgUnitId: row.org_unit_id, details: { 阶段: from, 下一阶段: to } });
  });
  return (await onboardingViews(ex, [(await trainingRepository.findOnboarding(ex, userId))!]))[0]!;
}
