/**
 * CAL-01 Working days follow mainland China's official holidays and make-up workdays, one table per
 * year. CAL-06 a year without official data is provisional: built from the law (see
 * provisional-year.ts), and every day of it says `provisional: true`; a year outside the lunar range
 * is an error (422), never a Monday–Friday guess.
 *
 * CAL-02/CAL-05 (seed 000 §三(四)) opening on a holiday is opening hours, never a working day: a unit's
 * "open on this day" override changes when it serves, not how deadlines count. A closure stops service
 * on that day; for deadlines it counts only when the unit is the handling unit and the level above
 * approved it (the caller passes `countsForDeadlines`).
 */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, type LocalTime, weekdayOf, yearOf } from "../shared/time.js";
import type { HolidayYear } from "./holiday-year.js";
import { LUNAR_RANGE, provisionalHolidayYear } from "./provisional-year.js";

export type DayKind = "workday" | "weekend" | "holiday" | "makeUpWorkday" | "closure";

/** Official data of one year: holidays and make-up workdays (调休上班), each with a name. */
export type { HolidayYear } from "./holiday-year.js";

/** closure: no service that day; open: the unit serves that day (holiday or weekend opening hours). */
export type OverrideKind = "closure" | "open";

export interface CalendarOverride {
  date: LocalDate;
  kind: OverrideKind;
  reason: string;
  /** open: the hours of that day (empty or absent: the unit's usual frames). */
  frames?: Array<[LocalTime, LocalTime]>;
  /** closure: the day is also not a working day for this unit's deadlines (own unit, approved). */
  countsForDeadlines?: boolean;
}

export interface DayInfo {
  date: LocalDate;
  /** The day for deadlines. */
  kind: DayKind;
  working: boolean;
  name?: string;
  /** CAL-06 the day belongs to a year without official data. */
  provisional?: boolean;
  /** A unit's service override of that day (does not change `working`, except an approved closure). */
  service?: OverrideKind;
}

export interface WorkingCalendar {
  dayInfo(date: LocalDate): DayInfo;
  isWorkingDay(date: LocalDate): boolean;
  /** Official (published or loaded) data exists for the year. */
  hasYear(year: number): boolean;
  /** CAL-06 the year is computed from the law (its days and deadlines over them are provisional). */
  isProvisionalYear(year: number): boolean;
  /** The unit's service override of a date (closure or open), nearest unit first. */
  serviceOverride(date: LocalDate): CalendarOverride | undefined;
}

export function calendarYearUnavailable(year: number): DomainError {
  return new DomainError(
    "unprocessable",
    "calendar_year_unavailable",
    `No holiday data for ${year}: outside the lunar range ${LUNAR_RANGE.from}–${LUNAR_RANGE.to} and not loaded by an administrator`,
    { year, lunarRange: LUNAR_RANGE },
  );
}

// Provisional years depend only on the law and the library: build each once.
const provisionalCache = new Map<number, HolidayYear | undefined>();
export function cachedProvisionalYear(year: number): HolidayYear | undefined {
  if (!provisionalCache.has(year)) provisionalCache.set(year, provisionalHolidayYear(year));
  return provisionalCache.get(year);
}

/**
 * Build a working calendar from official years and a unit's overrides (already merged along the
 * unit's ancestry: later entries for the same date win, so pass the nearest unit last). Years not
 * given fall back to their provisional table.
 */
export function buildWorkingCalendar(
  years: readonly HolidayYear[],
  overrides: readonly CalendarOverride[] = [],
): WorkingCalendar {
  const byYear = new Map<number, HolidayYear>(years.map((y) => [y.year, y]));
  const byDate = new Map<LocalDate, CalendarOverride>(overrides.map((o) => [o.date, o]));

  function yearData(year: number): HolidayYear {
    const y = byYear.get(year) ?? cachedProvisionalYear(year);
    if (!y) throw calendarYearUnavailable(year);
    return y;
  }

  function officialKind(date: LocalDate): { kind: DayKind; name?: string; provisional: boolean } {
    const y = yearData(yearOf(date));
    const provisional = y.provisional === true;
    const h = y.holidays[date];
    if (h !== undefined) return { kind: "holiday", name: h, provisional };
    const m = y.makeUpWorkdays[date];
    if (m !== undefined) return { kind: "makeUpWorkday", name: m, provisional };
    const wd = weekdayOf(date);
    return { kind: wd === "sat" || wd === "sun" ? "weekend" : "workday", provisional };
  }

  function dayInfo(date: LocalDate): DayInfo {
    const official = officialKind(date);
    const o = byDate.get(date);
    let info: DayInfo = { date, kind: official.kind, working: official.kind === "workday" || official.kind === "makeUpWorkday" };
    if (official.name !== undefined) info.name = official.name;
    if (o?.kind === "closure" && o.countsForDeadlines && info.working) info = { date, kind: "closure", working: false, name: o.reason };
    if (official.provisional) info.provisional = true;
    if (o) info.service = o.kind;
    return info;
  }

  return {
    dayInfo,
    isWorkingDay: (date) => dayInfo(date).working,
    hasYear: (year) => byYear.has(year) && byYear.get(year)?.provisional !== true,
    isProvisionalYear: (year) => yearData(year).provisional === true,
    serviceOverride: (date) => byDate.get(date),
  };
}
