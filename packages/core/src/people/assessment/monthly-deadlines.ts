/**
 * P-14 保全后台岗 (seed 002 §1.4.1.2.2.4): notices printed and sent by the 5th of each month, archives
 * handed over by the 10th, "遇节假日顺延" — a day that is not a working day moves the deadline to the
 * next working day of the calendar; each working day late costs 5 points (scored by kpi-items.ts).
 */
import { addWorkingDays, workingDaysBetween } from "../../calendar/add-working-days.js";
import type { WorkingCalendar } from "../../calendar/working-calendar.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** The month's deadline: `day` of `month` (YYYY-MM), postponed to the next working day. */
export function monthlyDeadline(month: string, day: number, calendar: WorkingCalendar): string {
  return addWorkingDays(`${month}-${pad(day)}`, 0, calendar);
}

/** Working days after the deadline on which the work was done (0 when on time). */
export function workingDaysLateFor(deadline: string, doneOn: string, calendar: WorkingCalendar): number {
  return doneOn <= deadline ? 0 : workingDaysBetween(deadline, doneOn, calendar);
}

/** Sum over the quarter's months: working days late of each month's notices (day 5) or archives (day 10). */
export function monthlyDaysLate(done: ReadonlyArray<{ month: string; doneOn: string }>, day: 5 | 10, calendar: WorkingCalendar): number {
  return done.reduce((s, d) => s + workingDaysLateFor(monthlyDeadline(d.month, day, calendar), d.doneOn, calendar), 0);
}
