/** CAL-01/CAL-06 calendar queries: working-day arithmetic, the year view, the years in force. */
import { DomainError, SERVICING_LIMITS, addCalendarDays, addDays, addWorkingDays, addWorkingTime, localDateOf, spanIsProvisional, workingDaysBetween } from "@ccms/core";
import type { OrgUnit } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { calendarForUnit, currentYear, holidayYears, officialThrough, overridesForUnit } from "./calendar-service.js";

async function unitFor(ctx: AppContext, p: UserPrincipal, orgUnitId?: string): Promise<OrgUnit> {
  requirePermission(p, "calendar.read");
  return unitInScope(ctx.database.db, p, orgUnitId ?? p.orgUnitId);
}

export async function addWorkingDaysFor(ctx: AppContext, p: UserPrincipal, q: { from: string; days: number; orgUnitId?: string | undefined; clock?: "working" | "calendar" | undefined }) {
  const unit = await unitFor(ctx, p, q.orgUnitId);
  if (q.clock === "calendar") return { date: addCalendarDays(q.from, q.days), provisional: false };
  const cal = await calendarForUnit(ctx.database.db, unit);
  const date = addWorkingDays(q.from, q.days, cal);
  return { date, provisional: spanIsProvisional(q.from, date, cal) };
}

export async function workingDaysBetweenFor(ctx: AppContext, p: UserPrincipal, q: { from: string; to: string; orgUnitId?: string | undefined }) {
  const unit = await unitFor(ctx, p, q.orgUnitId);
  const cal = await calendarForUnit(ctx.database.db, unit);
  return { days: workingDaysBetween(q.from, q.to, cal), provisional: spanIsProvisional(q.from, q.to, cal) };
}

export async function calendarDays(ctx: AppContext, p: UserPrincipal, year: number, orgUnitId?: string) {
  const unit = await unitFor(ctx, p, orgUnitId);
  const cal = await calendarForUnit(ctx.database.db, unit);
  const days = [];
  for (let d = `${year}-01-01`; d.startsWith(`${year}-`); d = addDays(d, 1)) days.push(cal.dayInfo(d));
  const overrides = await overridesForUnit(ctx.database.db, unit, `${year}-01-01`, `${year}-12-31`);
  return { year, orgUnitId: unit.id, provisional: cal.isProvisionalYear(year), days, overrides };
}

export async function listYears(ctx: AppContext, p: UserPrincipal) {
  requirePermission(p, "calendar.read");
  const years = await holidayYears(ctx.database.db);
  const current = currentYear(ctx.clock.now());
  const through = officialThrough(years.map((y) => y.year), current);
  return {
    items: years.map((y) => ({ year: y.year, source: y.source, loadedAt: y.loadedAt })),
    officialThrough: through,
    provisionalYears: [current, current + 1].filter((y) => y > through),
  };
}

/** C-17 the due instant of a policy-servicing item in the unit's working time. */
export async function workingTimeDeadlineFor(
  ctx: AppContext,
  p: UserPrincipal,
  q: { from: string; days?: number | undefined; limit?: keyof typeof SERVICING_LIMITS | undefined; orgUnitId?: string | undefined },
) {
  const unit = await unitFor(ctx, p, q.orgUnitId);
  const days = q.days ?? (q.limit ? SERVICING_LIMITS[q.limit] : undefined);
  if (days === undefined) throw new DomainError("validation", "days_or_limit_required", "Give days or a servicing limit", {});
  const cal = await calendarForUnit(ctx.database.db, unit);
  const from = new Date(q.from);
  const due = addWorkingTime(from, days, unit.businessHours, cal, unit.timeZone);
  return { dueAt: due.toISOString(), days, provisional: spanIsProvisional(localDateOf(from, unit.timeZone), localDateOf(due, unit.timeZone), cal) };
}
