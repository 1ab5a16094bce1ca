/** Issue 14 item 3 the manager edits a counter's forecast: arrivals per business type and half hour of a date. Audited. */
import { orgUnitRepository, forecastRepository } from "@ccms/db";
import type { ForecastView, PutForecastRequest } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { assertCounter, forecastFor } from "./forecast-inputs.js";

export async function putForecast(ctx: AppContext, p: UserPrincipal, body: PutForecastRequest): Promise<ForecastView> {
  requirePermission(p, "people.forecast.edit");
  const ex = ctx.database.db;
  await unitInScope(ex, p, body.orgUnitId);
  const unit = (await orgUnitRepository.findById(ex, body.orgUnitId))!;
  assertCounter(unit);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    for (const i of body.intervals) {
      await forecastRepository.upsertOverride(tx, { org_unit_id: unit.id, date: body.date, business_type: i.businessType, interval_start: i.start, arrivals: i.arrivals, updated_by: p.userId, updated_at: now.toISOString() });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.forecast_edited", entityType: "org_unit", entityId: unit.id, orgUnitId: unit.id, details: { 日期: body.date, 时段数: body.intervals.length, 时段: body.intervals.slice(0, 48) } });
  });
  return (await forecastFor(ex, unit, [body.date], now, 4)).views[0]!;
}
