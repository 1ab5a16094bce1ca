/** GET /api/v1/control/movements?counterId=&from=&to= — custody movements in scope, newest first. */
import { controlItemRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentCustodyMovements } from "./present-custody-movement.js";

export async function listMovements(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlItemRepository.listMovements(ex, await counterIdsInScope(ex, p, q.counterId), { from: q.from, to: q.to ? `${q.to}T23:59:59.999Z` : undefined }, 5000);
  return { items: presentCustodyMovements(rows) };
}
