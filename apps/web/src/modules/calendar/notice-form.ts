/**
 * CAL-01/CAL-06 the State Council notice as an administrator types it: rows of (holiday name, first
 * day, last day) and make-up workdays (date, name) → the {holidays, makeUpWorkdays} maps the server
 * loads. Pure and time-zone free (UTC date arithmetic on "YYYY-MM-DD").
 */
import { isValidDate } from "../../lib/calendar-grid";

export type LocalDate = string;

export interface HolidayRow {
  name: string;
  first: LocalDate | null;
  last: LocalDate | null;
}
export interface MakeUpRow {
  date: LocalDate | null;
  name: string;
}

/** What is wrong with a row before anything is sent (the server checks the rest). */
export type RowIssueCode = "missing_name" | "missing_date" | "last_before_first" | "range_too_long" | "outside_year" | "duplicate_date";
export interface RowIssue {
  list: "holidays" | "makeUpWorkdays";
  index: number;
  code: RowIssueCode;
  dates: LocalDate[];
}

export interface NoticeBody {
  year: number;
  holidays: Record<LocalDate, string>;
  makeUpWorkdays: Record<LocalDate, string>;
}

/** No festival of the law lasts longer than this (Spring Festival with 调休 is 8–9 days). */
export const MAX_HOLIDAY_RUN = 15;

export function addDays(date: LocalDate, n: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Every date from first to last, both included ([] when last < first). */
export function dateRange(first: LocalDate, last: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = first; d <= last && out.length <= 366; d = addDays(d, 1)) out.push(d);
  return out;
}

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === "";

/**
 * Build the request body from the rows. Wholly empty rows are skipped; a holiday row with only a
 * first day is one day. Issues name the row and the dates; the body holds what could be read.
 */
export function buildNotice(year: number, holidayRows: readonly HolidayRow[], makeUpRows: readonly MakeUpRow[]): { body: NoticeBody; issues: RowIssue[] } {
  const holidays: Record<LocalDate, string> = {};
  const makeUpWorkdays: Record<LocalDate, string> = {};
  const issues: RowIssue[] = [];
  const seen = new Set<LocalDate>();
  const take = (list: RowIssue["list"], index: number, date: LocalDate, name: string, into: Record<LocalDate, string>) => {
    if (!date.startsWith(`${year}-`)) issues.push({ list, index, code: "outside_year", dates: [date] });
    if (seen.has(date)) issues.push({ list, index, code: "duplicate_date", dates: [date] });
    seen.add(date);
    into[date] = name;
  };

  holidayRows.forEach((r, index) => {
    const name = (r.name ?? "").trim().slice(0, 50);
    if (blank(r.name) && !r.first && !r.last) return;
    if (!name) issues.push({ list: "holidays", index, code: "missing_name", dates: [] });
    const first = r.first ?? r.last;
    const last = r.last ?? r.first;
    if (!first || !last || !isValidDate(first) || !isValidDate(last)) {
      issues.push({ list: "holidays", index, code: "missing_date", dates: [] });
      return;
    }
    if (last < first) {
      issues.push({ list: "holidays", index, code: "last_before_first", dates: [first, last] });
      return;
    }
    const days = dateRange(first, last);
    if (days.length > MAX_HOLIDAY_RUN) {
      issues.push({ list: "holidays", index, code: "range_too_long", dates: [first, last] });
      return;
    }
    if (!name) return;
    for (const d of days) take("holidays", index, d, name, holidays);
  });

  makeUpRows.forEach((r, index) => {
    const name = (r.name ?? "").trim().slice(0, 50);
    if (blank(r.name) && !r.date) return;
    if (!name) issues.push({ list: "makeUpWorkdays", index, code: "missing_name", dates: [] });
    if (!r.date || !isValidDate(r.date)) {
      issues.push({ list: "makeUpWorkdays", index, code: "missing_date", dates: [] });
      return;
    }
    if (!name) return;
    take("makeUpWorkdays", index, r.date, name, makeUpWorkdays);
  });

  return { body: { year, holidays, makeUpWorkdays }, issues };
}

/** "春节（补假）" → "春节": a law-computed day off in lieu belongs to its festival's row. */
export function baseHolidayName(name: string): string {
  return name.replace(/[（(]补假[)）]$/, "").trim();
}

/**
 * Rows from a year's days (e.g. the provisional year computed from the law), as a starting point for
 * typing the notice: consecutive holidays of the same festival form one row; make-up days one row each.
 */
export function rowsFromDays(days: ReadonlyArray<{ date: LocalDate; kind: string; name?: string | undefined }>): { holidays: HolidayRow[]; makeUpWorkdays: MakeUpRow[] } {
  const holidays: HolidayRow[] = [];
  const makeUpWorkdays: MakeUpRow[] = [];
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const d of sorted) {
    if (d.kind === "makeUpWorkday") {
      makeUpWorkdays.push({ date: d.date, name: baseHolidayName(d.name ?? "") });
      continue;
    }
    if (d.kind !== "holiday") continue;
    const name = baseHolidayName(d.name ?? "");
    const prev = holidays[holidays.length - 1];
    if (prev && prev.name === name && prev.last !== null && addDays(prev.last, 1) === d.date) prev.last = d.date;
    else holidays.push({ name, first: d.date, last: d.date });
  }
  return { holidays, makeUpWorkdays };
}

export type NoticeProblemCode = "date_outside_year" | "date_both_kinds" | "make_up_not_weekend" | "holiday_only_weekend" | "no_holidays";
export interface NoticeProblem {
  code: NoticeProblemCode | string;
  dates: LocalDate[];
  name?: string;
}

/** The problems of a 400 invalid_holiday_notice (details.problems), tolerant of odd shapes. */
export function noticeProblemsOf(details: unknown): NoticeProblem[] {
  if (!details || typeof details !== "object") return [];
  const list = (details as { problems?: unknown }).problems;
  if (!Array.isArray(list)) return [];
  const out: NoticeProblem[] = [];
  for (const p of list) {
    if (!p || typeof p !== "object") continue;
    const code = (p as { code?: unknown }).code;
    const dates = (p as { dates?: unknown }).dates;
    const name = (p as { name?: unknown }).name;
    if (typeof code !== "string") continue;
    const problem: NoticeProblem = { code, dates: Array.isArray(dates) ? dates.filter((d): d is string => typeof d === "string") : [] };
    if (typeof name === "string") problem.name = name;
    out.push(problem);
  }
  return out;
}

/**
 * Which rows hold the dates the server complained about: key "holidays:2" / "makeUpWorkdays:0" →
 * the problems, each narrowed to the dates of that row.
 */
export function rowsWithProblems(holidayRows: readonly HolidayRow[], makeUpRows: readonly MakeUpRow[], problems: readonly NoticeProblem[]): Map<string, NoticeProblem[]> {
  const out = new Map<string, NoticeProblem[]>();
  const add = (key: string, p: NoticeProblem, date: LocalDate) => {
    const list = out.get(key) ?? [];
    const found = list.find((x) => x.code === p.code);
    if (found) {
      if (!found.dates.includes(date)) found.dates.push(date);
    } else list.push(p.name === undefined ? { code: p.code, dates: [date] } : { code: p.code, dates: [date], name: p.name });
    out.set(key, list);
  };
  for (const p of problems) {
    for (const d of p.dates) {
      holidayRows.forEach((r, i) => {
        const first = r.first ?? r.last;
        const last = r.last ?? r.first;
        if (first && last && first <= d && d <= last) add(`holidays:${i}`, p, d);
      });
      makeUpRows.forEach((r, i) => {
        if (r.date === d) add(`makeUpWorkdays:${i}`, p, d);
      });
    }
  }
  return out;
}

/** CAL-04 an hours change takes effect from tomorrow at the earliest. */
export function earliestEffectiveFrom(today: LocalDate): LocalDate {
  return addDays(today, 1);
}
