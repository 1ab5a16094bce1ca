/** P-05 the rosters of a unit in scope, newest first. */
import { rosterRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";

export async function listRosters(ctx: AppContext, p: UserPrincipal, orgUnitId: string) {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  const rows = await rosterRepository.listByUnit(ex, unit.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      from: r.date_from,
      to: r.date_to,
      state: r.state as "draft" | "published",
      uncovered: (JSON.parse(r.uncovered) as Array<{ missing: number }>).reduce((n, u) => n + u.missing, 0),
      createdAt: r.created_at,
    })),
  };
}
