/** D-10 the lost-property register, latest found first (masked, K-09). */
import type { LostPropertyStatus } from "@ccms/core";
import { lostPropertyRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentLost } from "./present-lost-property.js";

export async function listLostProperty(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: LostPropertyStatus | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const rows = await lostPropertyRepository.listLatest(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), status: q.status });
  return { items: rows.map((r) => presentLost(r)) };
}
