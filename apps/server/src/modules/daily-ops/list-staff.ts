/** People working at a counter (its own staff), for the pickers of daily operations; flags who is on leave today. */
import { leavePeriodRepository, staffLookupRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";

export async function listCounterStaff(ctx: AppContext, p: UserPrincipal, counterId: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  const users = await staffLookupRepository.listActiveAtUnit(ex, counter.id);
  const today = businessDateOf(counter, ctx.clock.now());
  const leaves = await leavePeriodRepository.listApprovedAtUnits(ex, [counter.id]);
  return {
    items: users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      roles: u.roles,
      orgUnitId: u.orgUnitId,
      onLeaveToday: leaves.some((l) => l.user_id === u.id && l.date_from <= today && today <= l.date_to),
    })),
  };
}
