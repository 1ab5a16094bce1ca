/**
 * The past business days of a counter: each date before today (in the counter's time zone) on which
 * the working calendar and the counter's hours (CAL-02, CAL-04) say it serves, with its time frames.
 */
import { type LocalDate, type TimeFrame, addDays, framesOn, localDateOf } from "@ccms/core";
import type { Executor, OrgUnit } from "@ccms/db";
import { calendarForUnit } from "../../modules/calendar/calendar-service.js";

export interface BusinessDay {
  date: LocalDate;
  frames: TimeFrame[];
}

/** Dates today-days … today-1 on which the counter is open (a year without calendar data is skipped). */
export async function pastBusinessDays(ex: Executor, counter: OrgUnit, today: Date, days: number): Promise<BusinessDay[]> {
  const calendar = await calendarForUnit(ex, counter);
  const todayLocal = localDateOf(today, counter.timeZone);
  const out: BusinessDay[] = [];
  for (let i = days; i >= 1; i--) {
    const date = addDays(todayLocal, -i);
    let frames: TimeFrame[] = [];
    try {
      frames = framesOn(date, counter.businessHours, calendar, counter.alwaysOpen);
    } catch {
      frames = [];
    }
    if (frames.length > 0) out.push({ date, frames });
  }
  return out;
}
