/**
 * CAL-06 loading the official arrangement of a year (the State Council notice typed in by an
 * administrator): preview every open deadline that would move, then apply in one transaction —
 * the year is stored, the moved deadlines recomputed and flagged no longer provisional, each move
 * audited and on the case's timeline, and the handling units told. A newer calendar package that
 * brings a year the server had computed from the law does the same once on boot.
 */
import {
  type HolidayYear,
  addDays,
  assertValidHolidayNotice,
  buildWorkingCalendar,
  cachedProvisionalYear,
  publishedHolidayYears,
} from "@ccms/core";
import { type Executor, calendarRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import type { BusEvent } from "../../realtime/bus.js";
import { applyDeadlineMoves, previewDeadlineMoves } from "../cases/move-deadlines-for-calendar.js";
import { appendAudit } from "../control/audit.js";
import { holidayYears } from "./calendar-service.js";

export interface NoticeInput {
  year: number;
  holidays: Record<string, string>;
  makeUpWorkdays: Record<string, string>;
}

async function changedDays(ex: Executor, y: NoticeInput) {
  const years = await holidayYears(ex);
  const before = buildWorkingCalendar(years);
  const after = buildWorkingCalendar([...years.filter((x) => x.year !== y.year), y]);
  const out: Array<{ date: string; before: ReturnType<typeof before.dayInfo>["kind"]; after: ReturnType<typeof before.dayInfo>["kind"]; name?: string }> = [];
  for (let d = `${y.year}-01-01`; d.startsWith(`${y.year}-`); d = addDays(d, 1)) {
    const b = before.dayInfo(d);
    const a = after.dayInfo(d);
    if (a.kind !== b.kind) out.push(a.name === undefined ? { date: d, before: b.kind, after: a.kind } : { date: d, before: b.kind, after: a.kind, name: a.name });
  }
  return out;
}

export async function previewYear(ctx: AppContext, p: UserPrincipal, input: NoticeInput) {
  requirePermission(p, "calendar.loadYear");
  assertValidHolidayNotice(input);
  const ex = ctx.database.db;
  const candidate: HolidayYear = { year: input.year, holidays: input.holidays, makeUpWorkdays: input.makeUpWorkdays };
  return {
    year: input.year,
    holidays: Object.keys(input.holidays).length,
    makeUpWorkdays: Object.keys(input.makeUpWorkdays).length,
    changedDays: await changedDays(ex, input),
    moves: await previewDeadlineMoves(ex, { before: [], after: [candidate] }, ctx.clock.now()),
  };
}

/** An administrator loads a year's official arrangement (or corrects one). */
export async function loadYear(ctx: AppContext, p: UserPrincipal, input: NoticeInput) {
  requirePermission(p, "calendar.loadYear");
  assertValidHolidayNotice(input);
  const now = ctx.clock.now();
  const candidate: HolidayYear = { year: input.year, holidays: input.holidays, makeUpWorkdays: input.makeUpWorkdays };
  let events: Array<{ channel: string; event: BusEvent }> = [];
  const result = await ctx.tx(async (tx) => {
    const applied = await applyDeadlineMoves(ctx, tx, p, { before: [], after: [candidate] }, now, `${input.year} 年节假日安排导入`);
    events = applied.events;
    await calendarRepository.upsertYear(tx, candidate, "manual", p.userId, now.toISOString());
    const root = await orgUnitRepository.findRoot(tx);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "calendar.year_loaded",
      entityType: "calendar_year",
      entityId: String(input.year),
      orgUnitId: root?.id ?? null,
      details: {
        holidays: Object.keys(input.holidays).length,
        makeUpWorkdays: Object.keys(input.makeUpWorkdays).length,
        movedDeadlines: applied.moves.length,
      },
    });
    return { year: input.year, source: "manual" as const, moves: applied.moves };
  });
  for (const e of events) await ctx.bus.publish(e.channel, e.event);
  return result;
}

/**
 * On boot: a year that the calendar package now publishes and that this server had not seen from the
 * package was provisional until now (unless loaded by hand): recompute the open deadlines once.
 */
export async function syncPackageYears(ctx: AppContext): Promise<{ years: number[]; moved: number }> {
  const now = ctx.clock.now();
  const ex = ctx.database.db;
  const seen = new Set(await calendarRepository.seenPackageYears(ex));
  const manual = new Set((await calendarRepository.listYears(ex)).map((y) => y.year));
  const fresh = publishedHolidayYears().filter((y) => !seen.has(y));
  if (fresh.length === 0) return { years: [], moved: 0 };
  let events: Array<{ channel: string; event: BusEvent }> = [];
  let moved = 0;
  await ctx.tx(async (tx) => {
    // Before this package, those years were computed from the law.
    const before = fresh.filter((y) => !manual.has(y)).map((y) => cachedProvisionalYear(y)).filter((y): y is HolidayYear => y !== undefined);
    if (before.length > 0 && seen.size > 0) {
      const applied = await applyDeadlineMoves(ctx, tx, null, { before, after: [] }, now, `节假日数据更新（${fresh.join("、")} 年）`);
      events = applied.events;
      moved = applied.moves.length;
      const root = await orgUnitRepository.findRoot(tx);
      await appendAudit(tx, ctx.database.engine, { id: null, name: "system" }, now, {
        action: "calendar.year_from_package",
        entityType: "calendar_year",
        entityId: fresh.join(","),
        orgUnitId: root?.id ?? null,
        details: { years: fresh, movedDeadlines: moved },
      });
    }
    for (const y of fresh) await calendarRepository.markPackageYearSeen(tx, y, now.toISOString());
  });
  for (const e of events) await ctx.bus.publish(e.channel, e.event);
  return { years: fresh, moved };
}
