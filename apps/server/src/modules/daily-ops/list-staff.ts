/** People working at a counter (its own staff), for the pickers of daily operations; flags who is on leave today. */
import { controlTables } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { businessDateOf, counterInScope } from "./ops-shared.js";

export async function listCounterStaff(ctx: AppContext, p: UserPrincipal, counterId: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  const users = await ex.selectFrom("users").select(["id", "display_name", "org_unit_id"]).where("org_unit_id", "=", counter.id).where("active", "=", 1).orderBy("username").execute();
  const roles = users.length ? await ex.selectFrom("user_roles").select(["user_id", "role"]).where("user_id", "in", users.map((u) => u.id)).execute() : [];
  const today = businessDateOf(counter, ctx.clock.now());
  const leaves = await controlTables.leaves.list(ex, { counterIds: [counter.id], counterColumn: "org_unit_id", eq: { approved: 1 } });
  return {
    items: users.map((u) => ({
      id: u.id,
      displayName: u.display_name,
      roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role),
      orgUnitId: u.org_unit_id,
      onLeaveToday: leaves.some((l) => l.user_id === u.id && l.date_from <= today && today <= l.date_to),
    })),
  };
}
