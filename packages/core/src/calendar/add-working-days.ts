/**
 * CAL-01 counting: the receipt day is day 0; "N working days" never counts a holiday or closure and
 * does count a make-up Saturday or an extra workday. The deadline is the end of the Nth working day.
 */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, addDays, daysBetween, endOfLocalDay, yearOf } from "../shared/time.js";
import type { WorkingCalendar } from "./working-calendar.js";

const MAX_DAYS = 3660;

export function addWorkingDays(from: LocalDate, n: number, calendar: WorkingCalendar): LocalDate {
  if (!Number.isInteger(n) || n < 0 || n > 1000) {
    throw new DomainError("validation", "invalid_working_days", "days must be an integer 0..1000", { days: n });
  }
  let d = from;
  if (n === 0) {
    // Day 0 deadline: the receipt day itself if it is a working day, else the next working day.
    calendar.dayInfo(d);
    let guard = 0;
    while (!calendar.isWorkingDay(d)) {
      d = addDays(d, 1);
      if (++guard > MAX_DAYS) throw new DomainError("unprocessable", "no_working_day", "No working day found");
    }
    return d;
  }
  let counted = 0;
  let guard = 0;
  while (counted < n) {
    d = addDays(d, 1);
    if (calendar.isWorkingDay(d)) counted++;
    if (++guard > MAX_DAYS) throw new DomainError("unprocessable", "no_working_day", "No working day found");
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when to <= from). */
export function workingDaysBetween(from: LocalDate, to: LocalDate, calendar: WorkingCalendar): number {
  const span = daysBetween(from, to);
  if (span <= 0) return 0;
  if (span > MAX_DAYS) throw new DomainError("validation", "range_too_long", "Range longer than 10 years");
  let count = 0;
  for (let i = 1; i <= span; i++) if (calendar.isWorkingDay(addDays(from, i))) count++;
  return count;
}

/** Calendar-day clock (regulatory "日"): day 0 is the receipt day. */
export function addCalendarDays(from: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n) || n < 0 || n > 3650) {
    throw new DomainError("validation", "invalid_calendar_days", "days must be an integer 0..3650", { days: n });
  }
  return addDays(from, n);
}

/**
 * CAL-06 a span of days is provisional when any of its years is computed from the law: a deadline
 * over it may move when the official notice is loaded.
 */
export function spanIsProvisional(from: LocalDate, to: LocalDate, calendar: WorkingCalendar): boolean {
  const [a, b] = from <= to ? [from, to] : [to, from];
  for (let y = yearOf(a); y <= yearOf(b); y++) if (calendar.isProvisionalYear(y)) return true;
  return false;
}

/** Deadline instant: end (23:59:59.999 local) of the Nth working day after the receipt day. */
export function workingDayDeadline(received: LocalDate, n: number, calendar: WorkingCalendar, tz: string): Date {
  return endOfLocalDay(addWorkingDays(received, n, calendar), tz);
}
