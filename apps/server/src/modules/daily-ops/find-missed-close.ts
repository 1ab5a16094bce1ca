/** D-06 a business day without a close, found the next morning. */
import { addDays, framesOn, localDateOf, missingCloseDate } from "@ccms/core";
import type { Executor, OrgUnit } from "@ccms/db";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { closeOfDay } from "./close-of-day.js";

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
export async function findMissedClose(ex: Executor, counter: OrgUnit, now: Date): Promise<string | null> {
  const today = localDateOf(now, counter.timeZone);
  // Days before the counter existed in the system are not judged.
  const since = localDateOf(new Date(counter.createdAt), counter.timeZone);
  const open = (await openDaysBefore(ex, counter, today)).filter((d) => d >= since);
  const last = open.at(-1);
  if (!last) return null;
  return missingCloseDate(today, open, new Set((await closeOfDay(ex, counter.id, last)) ? [last] : []));
}
