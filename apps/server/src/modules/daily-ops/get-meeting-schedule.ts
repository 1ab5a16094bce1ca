/** D-01 the morning meeting window of a counter's date: 20 to 15 minutes before opening (from business hours and the calendar). */
import { morningMeetingWindow, openingInstant } from "@ccms/core";
import type { OrgUnit } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";

export async function getMeetingSchedule(ctx: AppContext, p: UserPrincipal, q: { counterId: string; date?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const counter = await counterInScope(ctx.database.db, p, q.counterId);
  return meetingScheduleFor(ctx, counter, q.date ?? businessDateOf(counter, ctx.clock.now()));
}

export async function meetingScheduleFor(ctx: AppContext, counter: OrgUnit, date: string) {
  const calendar = await calendarForUnit(ctx.database.db, counter);
  const opening = openingInstant(date, counter, calendar);
  const w = opening ? morningMeetingWindow(opening) : null;
  return {
    counterId: counter.id,
    date,
    workingDay: calendar.isWorkingDay(date),
    openingAt: opening?.toISOString() ?? null,
    meetingFrom: w?.from.toISOString() ?? null,
    meetingTo: w?.to.toISOString() ?? null,
    arriveBy: w?.arriveBy.toISOString() ?? null,
  };
}
