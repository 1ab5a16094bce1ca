/**
 * Issue 14 item 3 required staff per half hour of a counter for dates: the forecast (history and the
 * manager's edits) by Erlang C against Q-07 (average wait ≤ 15 min, ≤ 30 at peak) or, for a 7×24
 * centre, 003-1 Art.60 (80 % answered within 10 s), grossed up for shrinkage — the unit's settings
 * (migration 030: shrinkage, default handling time, peak factor, call centre or counter).
 */
import { DomainError, addDays, daysBetween, staffDay, staffingKindOf } from "@ccms/core";
import { orgUnitRepository } from "@ccms/db";
import type { StaffingView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { assertCounter, forecastFor } from "./forecast-inputs.js";
import { staffingSettingsFor } from "./unit-settings.js";

export const STAFFING_MAX_DAYS = 14;

export async function getStaffing(ctx: AppContext, p: UserPrincipal, q: { orgUnitId: string; from: string; to: string }): Promise<StaffingView> {
  requirePermission(p, "people.read");
  const span = daysBetween(q.from, q.to);
  if (span < 0) throw new DomainError("validation", "roster_range_reversed", "from is after to");
  if (span >= STAFFING_MAX_DAYS) throw new DomainError("validation", "forecast_range_too_long", `At most ${STAFFING_MAX_DAYS} days at once`);
  const ex = ctx.database.db;
  await unitInScope(ex, p, q.orgUnitId);
  const unit = (await orgUnitRepository.findById(ex, q.orgUnitId))!;
  assertCounter(unit);
  const dates = Array.from({ length: span + 1 }, (_, i) => addDays(q.from, i));
  const settings = await staffingSettingsFor(ex, unit);
  const { views, ahtSeconds } = await forecastFor(ex, unit, dates, ctx.clock.now(), 4, settings.defaultAhtSeconds);
  const kind = staffingKindOf(settings);
  return {
    orgUnitId: unit.id,
    kind,
    ahtSeconds,
    shrinkage: settings.shrinkage,
    peakFactor: settings.peakFactor,
    days: views.map((v) => {
      const byStart = new Map<string, number>();
      for (const i of v.intervals) byStart.set(i.start, (byStart.get(i.start) ?? 0) + i.arrivals);
      return {
        date: v.date,
        intervals: staffDay(byStart, kind, ahtSeconds, settings.shrinkage, settings.peakFactor).map((r) => ({
          start: r.start,
          arrivals: r.arrivals,
          peak: r.peak,
          targetSeconds: r.targetSeconds,
          agentsOnPost: r.agentsOnPost,
          agents: r.agents,
          averageWaitSeconds: Number.isFinite(r.averageWaitSeconds) ? Math.round(r.averageWaitSeconds) : 0,
          serviceLevel: Math.round(r.serviceLevel * 1000) / 1000,
          occupancy: Math.round(r.occupancy * 1000) / 1000,
        })),
      };
    }),
  };
}
