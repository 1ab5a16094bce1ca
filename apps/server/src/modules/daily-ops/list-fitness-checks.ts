/** D-12 fitness checks of the pre-shift meetings. */
import { addDays } from "@ccms/core";
import { fitnessCheckRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentFitness } from "./record-fitness.js";

export async function listFitnessChecks(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const to = q.to ?? ctx.clock.now().toISOString().slice(0, 10);
  const from = q.from ?? addDays(to, -30);
  return { items: await presentFitness(ex, await fitnessCheckRepository.listForCounters(ex, counterIds, from, to)) };
}
