/**
 * CAL-01 Working days follow mainland China's official holidays and make-up workdays, one table per
 * year, plus closures (OFF) and extra workdays (ON) set by a unit. A year without published data is an
 * error, never a Monday–Friday guess.
 */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, weekdayOf, yearOf } from "../shared/time.js";

export type DayKind = "workday" | "weekend" | "holiday" | "makeUpWorkday" | "closure" | "extraWorkday";

/** Official data of one year: holidays and make-up workdays (调休上班), each with a name. */
export interface HolidayYear {
  year: number;
  holidays: Record<LocalDate, string>;
  makeUpWorkdays: Record<LocalDate, string>;
}

export type OverrideKind = "closure" | "extraWorkday";

export interface CalendarOverride {
  date: LocalDate;
  kind: OverrideKind;
  reason: string;
}

export interface DayInfo {
  date: LocalDate;
  kind: DayKind;
  working: boolean;
  name?: string;
}

export interface WorkingCalendar {
  dayInfo(date: LocalDate): DayInfo;
  isWorkingDay(date: LocalDate): boolean;
  hasYear(year: number): boolean;
}

export function calendarYearUnavailable(year: number): DomainError {
  return new DomainError(
    "unprocessable",
    "calendar_year_unavailable",
    `No published holiday data for ${year}; an administrator must load the year`,
    { year },
  );
}

/**
 * Build a working calendar from official years and a unit's overrides (already merged along the
 * unit's ancestry: the nearest unit's override for a date wins).
 */
export function buildWorkingCalendar(
  years: readonly HolidayYear[],
  overrides: readonly CalendarOverride[] = [],
): WorkingCalendar {
  const byYear = new Map<number, HolidayYear>(years.map((y) => [y.year, y]));
  const byDate = new Map<LocalDate, CalendarOverride>(overrides.map((o) => [o.date, o]));

  function officialKind(date: LocalDate): { kind: DayKind; name?: string } {
    const y = byYear.get(yearOf(date));
    if (!y) throw calendarYearUnavailable(yearOf(date));
    const h = y.holidays[date];
    if (h !== undefined) return { kind: "holiday", name: h };
    const m = y.makeUpWorkdays[date];
    if (m !== undefined) return { kind: "makeUpWorkday", name: m };
    const wd = weekdayOf(date);
    return { kind: wd === "sat" || wd === "sun" ? "weekend" : "workday" };
  }

  function dayInfo(date: LocalDate): DayInfo {
    const official = officialKind(date);
    const o = byDate.get(date);
    if (o) return { date, kind: o.kind, working: o.kind === "extraWorkday", name: o.reason };
    const working = official.kind === "workday" || official.kind === "makeUpWorkday";
    return official.name === undefined
      ? { date, kind: official.kind, working }
      : { date, kind: official.kind, working, name: official.name };
  }

  return {
    dayInfo,
    isWorkingDay: (date) => dayInfo(date).working,
    hasYear: (year) => byYear.has(year),
  };
}
