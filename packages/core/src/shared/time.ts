/**
 * Local dates and zoned time without I/O. A LocalDate is "YYYY-MM-DD"; instants are Date (UTC).
 * Time zone arithmetic uses Intl, which ships with Node and browsers.
 */
import { DomainError } from "./errors.js";

export type LocalDate = string; // YYYY-MM-DD
export type LocalTime = string; // HH:mm
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function isLocalTime(s: string): boolean {
  return TIME_RE.test(s);
}

export function assertLocalDate(s: string): LocalDate {
  if (!isLocalDate(s)) throw new DomainError("validation", "invalid_date", `Not a valid date: ${s}`, { value: s });
  return s;
}

function toUtcDate(d: LocalDate): Date {
  return new Date(`${d}T00:00:00Z`);
}

export function addDays(d: LocalDate, n: number): LocalDate {
  const x = toUtcDate(d);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
}

export function yearOf(d: LocalDate): number {
  return Number(d.slice(0, 4));
}

/** Weekday of a local date (mon..sun). */
export function weekdayOf(d: LocalDate): Weekday {
  const js = toUtcDate(d).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(js + 6) % 7] as Weekday;
}

/** Days from a to b (b - a) in calendar days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcDate(b).getTime() - toUtcDate(a).getTime()) / 86_400_000);
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = fmtCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    fmtCache.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

interface ZonedParts {
  date: LocalDate;
  time: LocalTime;
  seconds: number;
}

export function zonedParts(instant: Date, tz: string): ZonedParts {
  const parts = formatter(tz).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "00";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}`,
    seconds: Number(get("second")),
  };
}

/** The business date of an instant in a unit's time zone. */
export function localDateOf(instant: Date, tz: string): LocalDate {
  return zonedParts(instant, tz).date;
}

export function localTimeOf(instant: Date, tz: string): LocalTime {
  return zonedParts(instant, tz).time;
}

/** Offset (ms) of the zone at an instant: local wall clock minus UTC. */
function offsetAt(instant: Date, tz: string): number {
  const p = zonedParts(instant, tz);
  const wall = Date.parse(`${p.date}T${p.time}:${String(p.seconds).padStart(2, "0")}Z`);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant at which the wall clock of `tz` shows `date time` (seconds and ms optional). */
export function zonedInstant(date: LocalDate, time: string, tz: string, ms = 0): Date {
  const wall = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`) + ms;
  let guess = wall - offsetAt(new Date(wall), tz);
  guess = wall - offsetAt(new Date(guess), tz);
  return new Date(guess);
}

/** End of a local day: 23:59:59.999 on the wall clock of `tz`. */
export function endOfLocalDay(date: LocalDate, tz: string): Date {
  return zonedInstant(date, "23:59:59", tz, 999);
}

export function minutesOfDay(t: LocalTime): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}
