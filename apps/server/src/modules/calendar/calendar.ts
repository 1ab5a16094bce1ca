/** CAL-01 calendar use cases: working-day arithmetic, the year view, overrides, loading a year by hand. */
import { DomainError, addCalendarDays, addDays, addWorkingDays, workingDaysBetween } from "@ccms/core";
import { type OrgUnit, calendarRepository, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { calendarForUnit, holidayYears, overridesForUnit } from "./calendar-service.js";

async function unitFor(ctx: AppContext, p: UserPrincipal, orgUnitId?: string): Promise<OrgUnit> {
  requirePermission(p, "calendar.read");
  return unitInScope(ctx.database.db, p, orgUnitId ?? p.orgUnitId);
}

export async function addWorkingDaysFor(ctx: AppContext, p: UserPrincipal, q: { from: string; days: number; orgUnitId?: string | undefined; clock?: "working" | "calendar" | undefined }) {
  const unit = await unitFor(ctx, p, q.orgUnitId);
  if (q.clock === "calendar") return { date: addCalendarDays(q.from, q.days) };
  const cal = await calendarForUnit(ctx.database.db, unit);
  return { date: addWorkingDays(q.from, q.days, cal) };
}

export async function workingDaysBetweenFor(ctx: AppContext, p: UserPrincipal, q: { from: string; to: string; orgUnitId?: string | undefined }) {
  const unit = await unitFor(ctx, p, q.orgUnitId);
  const cal = await calendarForUnit(ctx.database.db, unit);
  return { days: workingDaysBetween(q.from, q.to, cal) };
}

export async function calendarDays(ctx: AppContext, p: UserPrincipal, year: number, orgUnitId?: string) {
  const unit = await unitFor(ctx, p, orgUnitId);
  const cal = await calendarForUnit(ctx.database.db, unit);
  const days = [];
  for (let d = `${year}-01-01`; d.startsWith(`${year}-`); d = addDays(d, 1)) days.push(cal.dayInfo(d));
  const overrides = await overridesForUnit(ctx.database.db, unit, `${year}-01-01`, `${year}-12-31`);
  return { year, orgUnitId: unit.id, days, overrides };
}

export async function createOverride(ctx: AppContext, p: UserPrincipal, input: { orgUnitId: string; date: string; kind: "closure" | "extraWorkday"; reason: string }) {
  requirePermission(p, "calendar.write");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId);
  if (await calendarRepository.findOverride(ex, unit.id, input.date)) {
    throw new DomainError("conflict", "override_exists", `An override for ${input.date} exists at this unit`, { date: input.date });
  }
  const cal = await calendarForUnit(ex, unit); // also refuses a year without data
  const info = cal.dayInfo(input.date);
  if (input.kind === "closure" && !info.working) {
    throw new DomainError("unprocessable", "not_a_working_day", `${input.date} is already not a working day`, { date: input.date, kind: info.kind });
  }
  if (input.kind === "extraWorkday" && info.working) {
    throw new DomainError("unprocessable", "already_working_day", `${input.date} is already a working day`, { date: input.date, kind: info.kind });
  }
  const now = ctx.clock.now();
  const row = { id: ulid(), orgUnitId: unit.id, date: input.date, kind: input.kind, reason: input.reason, createdBy: p.userId, createdAt: now.toISOString() };
  await ctx.tx(async (tx) => {
    if (await calendarRepository.findOverride(tx, unit.id, input.date)) {
      throw new DomainError("conflict", "override_exists", `An override for ${input.date} exists at this unit`, { date: input.date });
    }
    await calendarRepository.insertOverride(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "calendar.override_created",
      entityType: "calendar_override",
      entityId: row.id,
      orgUnitId: unit.id,
      details: { date: row.date, kind: row.kind, reason: row.reason },
    });
  });
  return row;
}

export async function deleteOverride(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "calendar.write");
  const ex = ctx.database.db;
  const o = await calendarRepository.findOverrideById(ex, id);
  if (!o) throw notFound("calendar_override", id);
  await unitInScope(ex, p, o.orgUnitId).catch(() => {
    throw notFound("calendar_override", id);
  });
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await calendarRepository.deleteOverride(tx, id);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "calendar.override_deleted",
      entityType: "calendar_override",
      entityId: id,
      orgUnitId: o.orgUnitId,
      details: { date: o.date, kind: o.kind, reason: o.reason },
    });
  });
  return { ok: true as const };
}

export async function listYears(ctx: AppContext, p: UserPrincipal) {
  requirePermission(p, "calendar.read");
  return { items: (await holidayYears(ctx.database.db)).map((y) => ({ year: y.year, source: y.source })) };
}

/** An administrator loads a year the package does not publish (or corrects one). */
export async function loadYear(ctx: AppContext, p: UserPrincipal, input: { year: number; holidays: Record<string, string>; makeUpWorkdays: Record<string, string> }) {
  requirePermission(p, "calendar.loadYear");
  const wrong = [...Object.keys(input.holidays), ...Object.keys(input.makeUpWorkdays)].filter((d) => !d.startsWith(`${input.year}-`));
  if (wrong.length > 0) throw new DomainError("validation", "date_outside_year", `Dates outside ${input.year}`, { dates: wrong });
  const both = Object.keys(input.holidays).filter((d) => d in input.makeUpWorkdays);
  if (both.length > 0) throw new DomainError("validation", "date_both_kinds", "A date cannot be both a holiday and a make-up workday", { dates: both });
  if (Object.keys(input.holidays).length === 0) throw new DomainError("validation", "no_holidays", "A year needs its holidays");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await calendarRepository.upsertYear(tx, { year: input.year, holidays: input.holidays, makeUpWorkdays: input.makeUpWorkdays }, "manual", p.userId, now.toISOString());
    const root = await orgUnitRepository.findRoot(tx);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "calendar.year_loaded",
      entityType: "calendar_year",
      entityId: String(input.year),
      orgUnitId: root?.id ?? null,
      details: { holidays: Object.keys(input.holidays).length, makeUpWorkdays: Object.keys(input.makeUpWorkdays).length },
    });
  });
  return { year: input.year, source: "manual" as const };
}
