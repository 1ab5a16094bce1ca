/**
 * CAL-02 Counters open Monday–Friday by default; weekend frames only when given; hours per unit with
 * several frames a day. CAL-04 hours are kept exactly: a counter is open at a moment when that date is
 * a working day for the unit and the weekday's frames contain the moment. A make-up workday (or an
 * extra workday that falls on a day without frames) uses Monday's frames.
 */
import { DomainError } from "../shared/errors.js";
import {
  type LocalDate,
  type LocalTime,
  type Weekday,
  WEEKDAYS,
  isLocalTime,
  localDateOf,
  localTimeOf,
  minutesOfDay,
  weekdayOf,
  zonedInstant,
} from "../shared/time.js";
import type { WorkingCalendar } from "./working-calendar.js";

export type TimeFrame = [LocalTime, LocalTime];
export type BusinessHours = Record<Weekday, TimeFrame[]>;

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export function defaultBusinessHours(): BusinessHours {
  const day: TimeFrame[] = [["08:30", "17:30"]];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] };
}

/** Normalise partial input: weekdays not given have no frames unless the whole object is absent. */
export function normaliseBusinessHours(input: Partial<Record<Weekday, TimeFrame[]>> | undefined): BusinessHours {
  if (!input) return defaultBusinessHours();
  const out = {} as BusinessHours;
  for (const wd of WEEKDAYS) {
    const frames = input[wd] ?? [];
    const sorted = [...frames].sort((a, b) => minutesOfDay(a[0]) - minutesOfDay(b[0]));
    for (const [i, f] of sorted.entries()) {
      if (!isLocalTime(f[0]) || !isLocalTime(f[1]) || minutesOfDay(f[0]) >= minutesOfDay(f[1])) {
        throw new DomainError("validation", "invalid_business_hours", `Invalid frame on ${wd}`, { weekday: wd, frame: f });
      }
      const prev = sorted[i - 1];
      if (prev && minutesOfDay(prev[1]) > minutesOfDay(f[0])) {
        throw new DomainError("validation", "invalid_business_hours", `Overlapping frames on ${wd}`, { weekday: wd });
      }
    }
    out[wd] = sorted;
  }
  return out;
}

export interface CounterHours {
  timeZone: string;
  businessHours: BusinessHours;
}

/** Frames in force on a date, given the working calendar (empty when the counter is closed). */
export function framesOn(date: LocalDate, hours: BusinessHours, calendar: WorkingCalendar): TimeFrame[] {
  const info = calendar.dayInfo(date);
  if (!info.working) return [];
  const own = hours[weekdayOf(date)];
  if (info.kind === "makeUpWorkday") return hours.mon;
  if (info.kind === "extraWorkday" && own.length === 0) return hours.mon;
  return own;
}

export function isCounterOpenAt(instant: Date, counter: CounterHours, calendar: WorkingCalendar): boolean {
  const date = localDateOf(instant, counter.timeZone);
  const m = minutesOfDay(localTimeOf(instant, counter.timeZone));
  return framesOn(date, counter.businessHours, calendar).some(
    ([a, b]) => m >= minutesOfDay(a) && m < minutesOfDay(b),
  );
}

/** Opening instant of the first frame on a date, if open that day (used for D-01 morning meeting). */
export function openingInstant(date: LocalDate, counter: CounterHours, calendar: WorkingCalendar): Date | undefined {
  const first = framesOn(date, counter.businessHours, calendar)[0];
  return first ? zonedInstant(date, first[0], counter.timeZone) : undefined;
}
