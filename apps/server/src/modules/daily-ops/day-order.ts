/**
 * The day's order, server side (issue 10 item 3, issue 11 items 5 and 11): the close of a business
 * day (D-06), a missed close found the next morning, reopening a closed day (a manager, with a reason,
 * audited), and CAL-03 lunch duty — whether at least one person served at noon.
 */
import {
  DomainError,
  type LunchDutyStatus,
  addDays,
  assertBusinessDayOpen,
  assertReopenReason,
  framesOn,
  localDateOf,
  localTimeOf,
  lunchDutyStatus,
  missingCloseDate,
  noonWindow,
} from "@ccms/core";
import { type Executor, type OrgUnit, dailyCloseReopenRepository, dailyCloseRepository, ticketRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";

/** The close of a counter's business date, or null. */
export async function closeOfDay(ex: Executor, counterId: string, businessDate: string): Promise<{ id: string; businessDate: string } | null> {
  const row = await dailyCloseRepository.findOfDay(ex, counterId, businessDate);
  return row ? { id: row.id, businessDate: row.business_date } : null;
}

/** D-06 after 日清日结 no ticket is issued for that business day (409 business_day_closed). */
export async function assertDayNotClosed(ex: Executor, counter: OrgUnit, now: Date): Promise<void> {
  assertBusinessDayOpen(await closeOfDay(ex, counter.id, localDateOf(now, counter.timeZone)));
}

/**
 * D-06 reopen a closed business day: the counter manager (dailyops.reopenDay) with a reason. The
 * close as it was is kept in the reopen record; the day can then be closed again. Audited.
 */
export async function reopenDailyClose(ctx: AppContext, p: UserPrincipal, id: string, body: { reason?: string | undefined }) {
  requirePermission(p, "dailyops.reopenDay");
  const reason = assertReopenReason(body.reason);
  const ex = ctx.database.db;
  const row = await dailyCloseRepository.findById(ex, id);
  if (!row) throw notFound("daily_close", id);
  const counter = await counterInScope(ex, p, row.counter_id).catch(() => {
    throw notFound("daily_close", id);
  });
  const now = ctx.clock.now();
  const reopenId = ulid();
  await ctx.tx(async (tx) => {
    await dailyCloseReopenRepository.insert(tx, {
      id: reopenId,
      counter_id: row.counter_id,
      business_date: row.business_date,
      close_id: row.id,
      close_snapshot: JSON.stringify(row),
      reason,
      reopened_by: p.userId,
      reopened_at: now.toISOString(),
    });
    if (!(await dailyCloseRepository.remove(tx, id))) throw new DomainError("conflict", "day_not_closed", "The day is not closed");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "daily_close.reopened",
      entityType: "daily_close",
      entityId: id,
      orgUnitId: counter.id,
      details: { businessDate: row.business_date, reason, reopenId },
    });
  });
  void ctx.bus.publish(`counter:${counter.id}`, { type: "daily_close.reopened", data: { id, businessDate: row.business_date } });
  return { id: reopenId, closeId: id, counterId: counter.id, businessDate: row.business_date, reason, reopenedById: p.userId, reopenedAt: now.toISOString() };
}

export async function listReopens(ex: Executor, counterId: string, businessDate: string) {
  return (await dailyCloseReopenRepository.list(ex, counterId, businessDate)).map((r) => ({ id: r.id, closeId: r.close_id, reason: r.reason, reopenedById: r.reopened_by, reopenedAt: r.reopened_at }));
}

/** The counter's opening days in the `days` before `today` (framesOn not empty), oldest first. */
async function openDaysBefore(ex: Executor, counter: OrgUnit, today: string, days = 10): Promise<string[]> {
  const calendar = await calendarForUnit(ex, counter);
  const out: string[] = [];
  for (let i = days; i >= 1; i--) {
    const d = addDays(today, -i);
    try {
      if (framesOn(d, counter.businessHours, calendar, counter.alwaysOpen).length > 0) out.push(d);
    } catch {
      // a year without calendar data: not judged
    }
  }
  return out;
}

/** D-06 the last business day before today without a close (found the next morning), or null. */
export async function missedCloseOf(ex: Executor, counter: OrgUnit, now: Date): Promise<string | null> {
  const today = localDateOf(now, counter.timeZone);
  // Days before the counter existed in the system are not judged.
  const since = localDateOf(new Date(counter.createdAt), counter.timeZone);
  const open = (await openDaysBefore(ex, counter, today)).filter((d) => d >= since);
  const last = open.at(-1);
  if (!last) return null;
  return missingCloseDate(today, open, new Set((await closeOfDay(ex, counter.id, last)) ? [last] : []));
}

// ---------------------------------------------------------------- CAL-03 lunch duty

export interface LunchDutyView {
  required: boolean;
  window: { from: string; to: string };
  status: LunchDutyStatus;
  userIds: string[];
}

/**
 * CAL-03 where the unit has lunch duty (the counter's setting; on by default in prefecture-level
 * cities and above), whether at least one person served at noon: a ticket called or served by
 * someone during the gap between the morning and afternoon frames (or 12:00–14:00).
 */
export async function lunchDutyOf(ex: Executor, counter: OrgUnit, businessDate: string, now: Date): Promise<LunchDutyView> {
  const calendar = await calendarForUnit(ex, counter);
  let frames: Array<[string, string]> = [];
  try {
    frames = framesOn(businessDate, counter.businessHours, calendar, counter.alwaysOpen);
  } catch {
    frames = [];
  }
  const window = noonWindow(frames);
  const required = counter.lunchDuty && frames.length > 0;
  const tickets = required ? await ticketRepository.listInRange(ex, { counterId: counter.id, from: businessDate, to: businessDate }) : [];
  const tz = counter.timeZone;
  const presence = tickets
    .filter((t) => t.called_at && t.served_by)
    .map((t) => {
      const end = t.finished_at ?? (t.status === "called" || t.status === "serving" ? now.toISOString() : t.called_at!);
      return { from: localTimeOf(new Date(t.called_at!), tz), to: localDateOf(new Date(end), tz) > businessDate ? "24:00" : localTimeOf(new Date(end), tz), userId: t.served_by! };
    })
    .map((x) => (x.to < x.from ? { ...x, to: x.from } : x))
    // a ticket called and finished in the same minute still counts as serving in that minute
    .map((x) => (x.to === x.from ? { ...x, to: bumpMinute(x.to) } : x));
  const today = localDateOf(now, tz);
  const r = lunchDutyStatus({ required, window, presence, nowLocal: localTimeOf(now, tz), isPastDay: businessDate < today });
  return { required, window, status: r.status, userIds: r.userIds };
}

function bumpMinute(t: string): string {
  const [h, m] = t.split(":").map(Number) as [number, number];
  const n = Math.min(24 * 60, h * 60 + m + 1);
  return `${String(Math.floor(n / 60)).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`;
}

// ---------------------------------------------------------------- appointments (issue 10 item 3)

/** Q-10 whether a slot of `date` starting at `startTime` has started (past days included). */
export function slotStarted(counter: OrgUnit, date: string, startTime: string, now: Date): boolean {
  const today = localDateOf(now, counter.timeZone);
  return date < today || (date === today && startTime <= localTimeOf(now, counter.timeZone));
}

/** Q-10 past slots cannot be booked, and today's slots close at their start (422 slot_already_started). */
export function assertSlotNotStarted(counter: OrgUnit, date: string, startTime: string, now: Date): void {
  if (slotStarted(counter, date, startTime, now)) {
    throw new DomainError("unprocessable", "slot_already_started", "The slot has already started; choose a later one", { date, startTime });
  }
}
