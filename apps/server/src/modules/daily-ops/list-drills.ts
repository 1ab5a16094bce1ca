/** D-09 the drill register, latest first. */
import { drillRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentDrill } from "./present-drill.js";

export async function listDrills(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const rows = await drillRepository.listLatest(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), from: q.from, to: q.to });
  return { items: rows.map(presentDrill) };
}
