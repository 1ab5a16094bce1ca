/** K-08 onboardings of a unit and below: stage, assessment, what still blocks the business roles. */
import { trainingRepository } from "@ccms/db";
import type { OnboardingView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { onboardingViews } from "./training-view.js";

export async function listOnboarding(ctx: AppContext, p: UserPrincipal, orgUnitId: string): Promise<{ items: OnboardingView[] }> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  return { items: await onboardingViews(ex, await trainingRepository.listOnboardingUnder(ex, unit.path)) };
}
