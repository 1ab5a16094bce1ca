/** D-07 the handover register. */
import type { HandoverStatus } from "@ccms/core";
import { handoverRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentHandovers } from "./present-handovers.js";

export async function listHandovers(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined; status?: HandoverStatus | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await handoverRepository.listLatest(ex, { counterIds, from: q.from, to: q.to, status: q.status });
  return { items: await presentHandovers(ex, rows) };
}
