/**
 * C-17 (seed 002) policy-servicing timeliness is counted in working time of the handling unit:
 * non-refund items 1 working day, refund items 3, special cases respond in 1 and approve in 3, reviews
 * 0.5 working day. A working day is the length of the unit's working-day hours (Monday's frames, the
 * hours of an ordinary working day); time runs only inside the unit's frames on working days (holidays,
 * weekends and closures approved for deadlines do not count, nor does "open on this day" service).
 * Half days and fractions are expressible.
 */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, addDays, localDateOf, minutesOfDay, zonedInstant } from "../shared/time.js";
import type { BusinessHours } from "./business-hours.js";
import type { WorkingCalendar } from "./working-calendar.js";

export const SERVICING_LIMITS = {
  nonRefund: 1,
  refund: 3,
  specialResponse: 1,
  specialApproval: 3,
  review: 0.5,
} as const;
export type ServicingLimit = keyof typeof SERVICING_LIMITS;

const MAX_SCAN_DAYS = 400;

/** Minutes of an ordinary working day at the unit (its Monday frames). */
export function workingDayMinutes(hours: BusinessHours): number {
  return hours.mon.reduce((sum, [a, b]) => sum + minutesOfDay(b) - minutesOfDay(a), 0);
}

/**
 * The instant at which `days` working days (fractions allowed, e.g. 0.5) of working time have passed
 * since `start`, counting only the unit's frames on its working days.
 */
export function addWorkingTime(start: Date, days: number, hours: BusinessHours, calendar: WorkingCalendar, tz: string): Date {
  if (!Number.isFinite(days) || days < 0 || days > 60 || Math.round(days * 100) !== days * 100) {
    throw new DomainError("validation", "invalid_working_time", "days must be 0..60 in steps of 0.01", { days });
  }
  const perDay = workingDayMinutes(hours);
  if (perDay <= 0) throw new DomainError("unprocessable", "no_working_hours", "The unit has no working-day hours", {});
  let remaining = Math.round(days * perDay * 60_000); // ms
  if (remaining === 0) return start;
  let date: LocalDate = localDateOf(start, tz);
  for (let i = 0; i < MAX_SCAN_DAYS; i++, date = addDays(date, 1)) {
    if (!calendar.isWorkingDay(date)) continue;
    const info = calendar.dayInfo(date);
    const frames = info.kind === "makeUpWorkday" ? hours.mon : hours[weekday(date)];
    for (const [a, b] of frames) {
      const from = Math.max(zonedInstant(date, a, tz).getTime(), start.getTime());
      const to = zonedInstant(date, b, tz).getTime();
      if (to <= from) continue;
      if (to - from >= remaining) return new Date(from + remaining);
      remaining -= to - from;
    }
  }
  throw new DomainError("unprocessable", "no_working_day", "No working time found within a year", {});
}

function weekday(date: LocalDate): keyof BusinessHours {
  return (["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const)[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}
