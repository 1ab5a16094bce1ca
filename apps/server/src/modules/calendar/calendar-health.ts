/**
 * CAL-06 warning in time: from a configurable day of the year (default 1 October) while next year is
 * still computed from the law, the health endpoint says so and administrators see a banner. The
 * current year being provisional always warns.
 */
import type { CalendarHealth } from "@ccms/contracts";
import { DEFAULT_TIME_ZONE, localDateOf } from "@ccms/core";
import type { AppContext } from "../../context.js";
import { currentYear, holidayYears, officialThrough } from "./calendar-service.js";

export async function calendarHealth(ctx: AppContext): Promise<CalendarHealth> {
  const now = ctx.clock.now();
  const year = currentYear(now);
  const through = officialThrough((await holidayYears(ctx.database.db)).map((y) => y.year), year);
  const monthDay = localDateOf(now, DEFAULT_TIME_ZONE).slice(5);
  const provisionalYears: number[] = [];
  if (through < year) provisionalYears.push(year);
  if (through < year + 1 && monthDay >= ctx.config.calendarWarnFrom) provisionalYears.push(year + 1);
  return { officialThrough: through, provisionalYears, warning: provisionalYears.length > 0 };
}
