/** D-13 the records of a counter's day attributed to a shift by handover. */
import { addDays, zonedInstant } from "@ccms/core";
import { shiftResponsibilityRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";
import { usersByIds } from "./staff-in-scope.js";

const zonedStartOfDay = (date: string, tz: string) => zonedInstant(date, "00:00", tz).toISOString();

export async function listShiftResponsibilities(ctx: AppContext, p: UserPrincipal, q: { counterId: string; date?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  const date = q.date ?? businessDateOf(counter, ctx.clock.now());
  const rows = await shiftResponsibilityRepository.listForCounters(ex, [counter.id], zonedStartOfDay(date, counter.timeZone), zonedStartOfDay(addDays(date, 1), counter.timeZone));
  const names = await usersByIds(ex, rows.map((r) => r.user_id));
  return {
    items: rows.map((r) => ({
      entityType: r.entity_type,
      entityId: r.entity_id,
      counterId: r.counter_id,
      handoverId: r.handover_id,
      userId: r.user_id,
      userName: names.get(r.user_id)?.displayName ?? null,
      role: r.role,
      recordedAt: r.recorded_at,
    })),
  };
}
