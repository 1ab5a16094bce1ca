/** Issue 14 item 3 a counter's forecast of a date: arrivals per business type and half hour. */
import { orgUnitRepository } from "@ccms/db";
import type { ForecastView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { assertCounter, forecastFor } from "./forecast-inputs.js";

export async function getForecast(ctx: AppContext, p: UserPrincipal, q: { orgUnitId: string; date: string; weeks: number }): Promise<ForecastView> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  await unitInScope(ex, p, q.orgUnitId);
  const unit = (await orgUnitRepository.findById(ex, q.orgUnitId))!;
  assertCounter(unit);
  return (await forecastFor(ex, unit, [q.date], ctx.clock.now(), q.weeks)).views[0]!;
}
