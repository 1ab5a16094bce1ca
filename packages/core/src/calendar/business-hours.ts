/**
 * CAL-02 Counters open Monday–Friday by default; Saturday/Sunday duty when the unit gives frames for
 * them; hours per unit with several frames a day. CAL-05 a "7×24" unit serves every day and hour,
 * holidays included. CAL-04 hours are kept exactly: a counter is open at a moment when that day's
 * frames contain the moment.
 *
 * Which frames apply on a date (opening hours are apart from working days, seed 000 §三(四)):
 * - a closure override (the unit or an ancestor): none;
 * - an "open on this day" override: its own frames, else the weekday's, else Monday's;
 * - 7×24: the whole day;
 * - a statutory holiday: none;
 * - a make-up workday (调休上班): Monday's frames;
 * - any other day, Saturday and Sunday included: that weekday's frames.
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
  /** CAL-05 7×24 service (call centres, 24-hour centres). */
  alwaysOpen?: boolean;
}

/** The whole day, for 7×24 units ("24:00" is the end of the day). */
export const WHOLE_DAY: TimeFrame[] = [["00:00", "24:00"]];

/** Frames in force on a date (empty when the counter does not serve that day). */
export function framesOn(date: LocalDate, hours: BusinessHours, calendar: WorkingCalendar, alwaysOpen = false): TimeFrame[] {
  const override = calendar.serviceOverride(date);
  const own = hours[weekdayOf(date)];
  if (override?.kind === "closure") return [];
  if (override?.kind === "open") {
    if (override.frames && override.frames.length > 0) return override.frames;
    return own.length > 0 ? own : hours.mon;
  }
  if (alwaysOpen) return WHOLE_DAY;
  const info = calendar.dayInfo(date);
  if (info.kind === "holiday") return [];
  if (info.kind === "makeUpWorkday") return hours.mon;
  return own;
}

export function isCounterOpenAt(instant: Date, counter: CounterHours, calendar: WorkingCalendar): boolean {
  const date = localDateOf(instant, counter.timeZone);
  const m = minutesOfDay(localTimeOf(instant, counter.timeZone));
  return framesOn(date, counter.businessHours, calendar, counter.alwaysOpen === true).some(
    ([a, b]) => m >= minutesOfDay(a) && m < minutesOfDay(b),
  );
}

/** Opening instant of the first frame on a date, if open that day (used for D-01 morning meeting). */
export function openingInstant(date: LocalDate, counter: CounterHours, calendar: WorkingCalendar): Date | undefined {
  const first = framesOn(date, counter.businessHours, calendar, counter.alwaysOpen === true)[0];
  return first ? zonedInstant(date, first[0], counter.timeZone) : undefined;
}
