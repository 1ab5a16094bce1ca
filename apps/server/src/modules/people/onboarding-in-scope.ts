/** ORG-01 an onboarding of the caller's subtree (404 otherwise). */
import { type Executor, type PeopleOnboardingTable, trainingRepository } from "@ccms/db";
import { type UserPrincipal, notFound, unitInScope } from "../../http/principal.js";

export async function onboardingInScope(ex: Executor, p: UserPrincipal, userId: string): Promise<PeopleOnboardingTable> {
  const row = await trainingRepository.findOnboarding(ex, userId);
  if (!row) throw notFound("onboarding", userId);
  await unitInScope(ex, p, row.org_unit_id).catch(() => {
    throw notFound("onboarding", userId);
  });
  return row;
}
