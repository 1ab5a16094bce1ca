/** GET /api/v1/control/usages?counterId=&itemId=&from=&to= — K-03 usage log, newest first. */
import { controlItemRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentItemUsage } from "./present-item-usage.js";

export async function listItemUsages(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; itemId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlItemRepository.listUsages(ex, await counterIdsInScope(ex, p, q.counterId), { itemId: q.itemId, from: q.from, to: q.to ? `${q.to}T23:59:59.999Z` : undefined }, 5000);
  return { items: rows.map(presentItemUsage) };
}
