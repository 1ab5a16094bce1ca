/**
 * CAL-01/CAL-06 checks on a State Council notice typed in by an administrator, before it replaces the
 * provisional (or earlier) data of a year. Every problem names the offending dates.
 */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, weekdayOf } from "../shared/time.js";
import type { HolidayYear } from "./working-calendar.js";

export type NoticeProblemCode = "date_outside_year" | "date_both_kinds" | "make_up_not_weekend" | "holiday_only_weekend" | "no_holidays";

export interface NoticeProblem {
  code: NoticeProblemCode;
  dates: LocalDate[];
  name?: string;
}

const weekend = (d: LocalDate) => {
  const wd = weekdayOf(d);
  return wd === "sat" || wd === "sun";
};

export function holidayNoticeProblems(y: Pick<HolidayYear, "year" | "holidays" | "makeUpWorkdays">): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const holidays = Object.keys(y.holidays).sort();
  const makeUps = Object.keys(y.makeUpWorkdays).sort();
  if (holidays.length === 0) problems.push({ code: "no_holidays", dates: [] });
  const outside = [...holidays, ...makeUps].filter((d) => !d.startsWith(`${y.year}-`));
  if (outside.length > 0) problems.push({ code: "date_outside_year", dates: outside });
  const both = holidays.filter((d) => d in y.makeUpWorkdays);
  if (both.length > 0) problems.push({ code: "date_both_kinds", dates: both });
  // 调休上班 moves work onto a Saturday or Sunday; a make-up "workday" on a weekday means nothing.
  const notWeekend = makeUps.filter((d) => !weekend(d));
  if (notWeekend.length > 0) problems.push({ code: "make_up_not_weekend", dates: notWeekend });
  // A festival whose every day is a Saturday or Sunday gives no day off: a typing error.
  const byName = new Map<string, LocalDate[]>();
  for (const d of holidays) byName.set(y.holidays[d]!, [...(byName.get(y.holidays[d]!) ?? []), d]);
  for (const [name, dates] of byName) if (dates.every(weekend)) problems.push({ code: "holiday_only_weekend", dates, name });
  return problems;
}

/** 400 with every problem and its dates, or nothing. */
export function assertValidHolidayNotice(y: Pick<HolidayYear, "year" | "holidays" | "makeUpWorkdays">): void {
  const problems = holidayNoticeProblems(y);
  if (problems.length === 0) return;
  const dates = [...new Set(problems.flatMap((p) => p.dates))].sort();
  throw new DomainError("validation", "invalid_holiday_notice", `The notice for ${y.year} has ${problems.length} problem(s): ${dates.join(", ")}`, { year: y.year, problems, dates });
}
