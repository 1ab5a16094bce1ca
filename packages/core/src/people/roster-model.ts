/**
 * P-05 rosters follow demand (003-1 Art.30–32, 000 §三(三), ORG-03, CAL-03): the roster is a
 * mixed-integer model solved by HiGHS (the server runs the solver; this file only builds the model,
 * reads the solution and explains what it could not cover). Hard rules: coverage per shift and skill
 * (shortfall only through explained slack, never silently dropped), one shift a day, rest between
 * shifts (default 11 h), hours averaging 40 a week over the period, at most N consecutive working
 * days (default 6), approved leave, certificates and skills (P-02), at least one person at noon where
 * the unit keeps lunch duty (CAL-03). Soft: fair nights and weekends, then as few shifts as needed.
 */
import { type LocalDate, type LocalTime, type Weekday, addDays, minutesOfDay, weekdayOf } from "../shared/time.js";
import type { IntervalDemand } from "./coverage-demand.js";

export interface ShiftTemplate {
  code: string;
  start: LocalTime;
  /** end ≤ start: the shift ends the next day (night shift). */
  end: LocalTime;
  /** People needed on this shift (the demand). */
  minStaff: number;
  /** Business-type skill the shift needs (e.g. policy_service, which also needs its certificate), or null. */
  skill: string | null;
  /** Weekdays the shift runs. */
  days: readonly Weekday[];
}

export interface RosterPerson {
  userId: string;
  /** Skills the person may serve today (P-02: policy_service only with a valid certificate). */
  skills: readonly string[];
  /** Dates off (approved leave). */
  unavailable: readonly LocalDate[];
}

export interface RosterRules {
  restHours: number;
  maxConsecutiveDays: number;
  weeklyHours: number;
  /** CAL-03 at least one person on duty at noon on days the unit works. */
  lunchDuty: boolean;
}
export const DEFAULT_ROSTER_RULES: RosterRules = { restHours: 11, maxConsecutiveDays: 6, weeklyHours: 40, lunchDuty: false };

export interface RosterInput {
  dates: readonly LocalDate[];
  templates: readonly ShiftTemplate[];
  people: readonly RosterPerson[];
  rules: RosterRules;
  /**
   * P-05 staff required per half hour (and skill) from staffing (coverage-demand.ts). A date with rows
   * here is covered by them; a date without falls back to the templates' minimum staff.
   */
  demand?: readonly IntervalDemand[];
}

export interface RosterAssignment {
  userId: string;
  date: LocalDate;
  shiftCode: string;
}

export type UncoveredReason = "not_enough_qualified" | "rules_limit" | "lunch_duty";
export interface Uncovered {
  date: LocalDate;
  shiftCode: string | null;
  from: LocalTime;
  to: LocalTime;
  missing: number;
  reason: UncoveredReason;
  /** Interval demand: the skill short (null: anyone) and the staff required there. */
  skill?: string | null;
  required?: number;
}

const NOON = 12 * 60;

/** Minutes the shift lasts (a night shift crosses midnight). */
export function shiftMinutes(t: Pick<ShiftTemplate, "start" | "end">): number {
  const s = minutesOfDay(t.start);
  const e = minutesOfDay(t.end);
  return e > s ? e - s : e + 24 * 60 - s;
}
export const isNightShift = (t: Pick<ShiftTemplate, "start" | "end">): boolean => minutesOfDay(t.end) <= minutesOfDay(t.start) || minutesOfDay(t.start) >= 20 * 60;
/**
 * P-05 (Art.32) working hours of a shift: after 6 hours of continuous work a 30-minute meal and a
 * 30-minute break are taken, which are not working time.
 */
export function shiftWorkHours(t: Pick<ShiftTemplate, "start" | "end">): number {
  const m = shiftMinutes(t);
  return (m > 6 * 60 ? m - 60 : m) / 60;
}
/** CAL-03 the shift has someone on post at 12:00. */
export function coversNoon(t: Pick<ShiftTemplate, "start" | "end">): boolean {
  const s = minutesOfDay(t.start);
  const m = shiftMinutes(t);
  return (NOON - s + 24 * 60) % (24 * 60) < m;
}
/** Hours between the end of `a` on day d and the start of `b` on day d+1. */
export function restBetween(a: Pick<ShiftTemplate, "start" | "end">, b: Pick<ShiftTemplate, "start">): number {
  const aEnd = minutesOfDay(a.start) + shiftMinutes(a);
  const bStart = 24 * 60 + minutesOfDay(b.start);
  return (bStart - aEnd) / 60;
}

export const runsOn = (t: ShiftTemplate, date: LocalDate): boolean => t.days.includes(weekdayOf(date));
export const qualifies = (p: RosterPerson, t: ShiftTemplate, date: LocalDate): boolean => (t.skill === null || p.skills.includes(t.skill)) && !p.unavailable.includes(date);

/** The horizon's hour budget per person (P-05: 40 hours a week on average). */
export const hourBudget = (rules: RosterRules, days: number): number => (rules.weeklyHours * days) / 7;

export interface RosterModel {
  lp: string;
  /** column name → (person, date, template) */
  columns: Map<string, { p: number; d: number; s: number }>;
  /** slack name → what it stands for: a template's minimum (s), lunch duty (s null), or interval demand row i. */
  slack: Map<string, { d: number; s: number | null; i?: number }>;
}

const DAY = 24 * 60;
/** P-05 the shift is on post for the whole half hour starting `minute` of its own day (offset 0) or of the next day (offset 1, a night shift). */
export function coversHalfHour(t: Pick<ShiftTemplate, "start" | "end">, minute: number, offset: 0 | 1): boolean {
  const s = minutesOfDay(t.start);
  const h = minute + offset * DAY;
  return s <= h && h + 30 <= s + shiftMinutes(t);
}

/** The model in CPLEX LP format for HiGHS. */
export function buildRosterModel(input: RosterInput): RosterModel {
  const { dates, templates, people, rules } = input;
  const columns = new Map<string, { p: number; d: number; s: number }>();
  const slack = new Map<string, { d: number; s: number | null; i?: number }>();
  const x = (p: number, d: number, s: number) => `x_${p}_${d}_${s}`;
  const has = (p: number, d: number, s: number) => columns.has(x(p, d, s));
  for (const [p, person] of people.entries())
    for (const [d, date] of dates.entries())
      for (const [s, t] of templates.entries()) if (runsOn(t, date) && qualifies(person, t, date)) columns.set(x(p, d, s), { p, d, s });

  const rows: string[] = [];
  const objective: string[] = [];
  // P-05 coverage from staffing: per half hour and skill, with explained slack. Half hours of a date and
  // skill covered by the same shifts are one row at their highest requirement (the others are implied).
  const dayIndex = new Map(dates.map((date, d) => [date, d]));
  const demandDays = new Set<number>();
  const groups = new Map<string, { d: number; skill: string | null; cover: Array<[number, number]>; required: number; i: number }>();
  for (const [i, row] of (input.demand ?? []).entries()) {
    const d = dayIndex.get(row.date);
    if (d === undefined || row.required <= 0) continue;
    demandDays.add(d);
    const minute = minutesOfDay(row.start);
    const cover: Array<[number, number]> = [];
    for (const offset of [0, 1] as const) if (d - offset >= 0) for (const [s, t] of templates.entries()) if (coversHalfHour(t, minute, offset)) cover.push([d - offset, s]);
    if (cover.length === 0 && beforeHorizon(templates, d, minute)) continue;
    const key = `${d}|${row.skill ?? ""}|${cover.map(([dd, s]) => `${dd}:${s}`).join(",")}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { d, skill: row.skill, cover, required: row.required, i });
    else if (row.required > g.required) Object.assign(g, { required: row.required, i });
  }
  for (const g of groups.values()) {
    const terms: string[] = [];
    for (const [dd, s] of g.cover) for (const [p, person] of people.entries()) if (has(p, dd, s) && (g.skill === null || person.skills.includes(g.skill))) terms.push(x(p, dd, s));
    const u = `v_${g.i}`;
    slack.set(u, { d: g.d, s: null, i: g.i });
    objective.push(`1000 ${u}`);
    rows.push(` dem_${g.i}: ${[...terms, u].join(" + ")} >= ${g.required}`);
  }
  // coverage with explained slack
  for (const [d, date] of dates.entries()) {
    for (const [s, t] of templates.entries()) {
      // fallback where there is no forecast: the template's minimum staff
      if (demandDays.has(d) || !runsOn(t, date) || t.minStaff <= 0) continue;
      const u = `u_${d}_${s}`;
      slack.set(u, { d, s });
      objective.push(`1000 ${u}`);
      const terms = people.map((_, p) => (has(p, d, s) ? x(p, d, s) : null)).filter((v): v is string => v !== null);
      rows.push(` cov_${d}_${s}: ${[...terms, u].join(" + ")} >= ${t.minStaff}`);
    }
    // CAL-03 lunch duty
    if (rules.lunchDuty) {
      const noon = templates.map((t, s) => ({ t, s })).filter(({ t }) => runsOn(t, date) && coversNoon(t));
      if (noon.length > 0) {
        const u = `l_${d}`;
        slack.set(u, { d, s: null });
        objective.push(`1000 ${u}`);
        const terms = people.flatMap((_, p) => noon.filter(({ s }) => has(p, d, s)).map(({ s }) => x(p, d, s)));
        rows.push(` lunch_${d}: ${[...terms, u].join(" + ")} >= 1`);
      }
    }
  }
  const budget = hourBudget(rules, dates.length);
  for (const [p] of people.entries()) {
    const perDay = dates.map((_, d) => templates.map((_, s) => (has(p, d, s) ? x(p, d, s) : null)).filter((v): v is string => v !== null));
    // one shift a day
    for (const [d, vars] of perDay.entries()) if (vars.length > 1) rows.push(` one_${p}_${d}: ${vars.join(" + ")} <= 1`);
    // rest between shifts: a shift on day d excludes every next-day shift starting too soon after it
    // (one row per shift of d; valid because the next day holds at most one shift — a tighter form)
    for (let d = 0; d + 1 < dates.length; d++) {
      for (const [s1, a] of templates.entries()) {
        if (!has(p, d, s1)) continue;
        const next = templates.map((b, s2) => (has(p, d + 1, s2) && restBetween(a, b) < rules.restHours ? x(p, d + 1, s2) : null)).filter((v): v is string => v !== null);
        if (next.length > 0) rows.push(` rest_${p}_${d}_${s1}: ${[x(p, d, s1), ...next].join(" + ")} <= 1`);
      }
    }
    // at most N consecutive working days
    const n = rules.maxConsecutiveDays;
    for (let d = 0; d + n < dates.length; d++) {
      const vars = perDay.slice(d, d + n + 1).flat();
      if (vars.length > n) rows.push(` consec_${p}_${d}: ${vars.join(" + ")} <= ${n}`);
    }
    // hours averaging 40 a week over the period
    const hourTerms = dates.flatMap((_, d) => templates.map((t, s) => (has(p, d, s) ? `${shiftWorkHours(t)} ${x(p, d, s)}` : null)).filter((v): v is string => v !== null));
    if (hourTerms.length > 0) rows.push(` hours_${p}: ${hourTerms.join(" + ")} <= ${budget.toFixed(4)}`);
    // fairness: nights and weekends no more than the max (minimised)
    const nights = dates.flatMap((_, d) => templates.map((t, s) => (has(p, d, s) && isNightShift(t) ? x(p, d, s) : null)).filter((v): v is string => v !== null));
    if (nights.length > 0) rows.push(` night_${p}: ${nights.join(" + ")} - maxNight <= 0`);
    const weekend = dates.flatMap((date, d) =>
      ["sat", "sun"].includes(weekdayOf(date)) ? templates.map((_, s) => (has(p, d, s) ? x(p, d, s) : null)).filter((v): v is string => v !== null) : [],
    );
    if (weekend.length > 0) rows.push(` weekend_${p}: ${weekend.join(" + ")} - maxWeekend <= 0`);
  }
  objective.push("10 maxNight", "10 maxWeekend", ...[...columns.keys()].map((c) => `0.01 ${c}`));
  const colNames = [...columns.keys()];
  const lp = [
    "Minimize",
    ` obj: ${objective.join(" + ")}`,
    "Subject To",
    ...(rows.length ? rows : [" dummy: maxNight >= 0"]),
    "Bounds",
    " maxNight >= 0",
    " maxWeekend >= 0",
    ...[...slack.keys()].map((u) => ` ${u} >= 0`),
    "Binary",
    ...chunk(colNames, 20).map((c) => ` ${c.join(" ")}`),
    "General",
    ...chunk([...slack.keys()], 20).map((c) => ` ${c.join(" ")}`),
    "End",
  ].join("\n");
  return { lp, columns, slack };
}

function chunk<T>(a: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < a.length; i += n) out.push(a.slice(i, i + n));
  return out;
}

/** Assignments and explained shortfalls from the solver's column values. */
export function readRosterSolution(input: RosterInput, model: RosterModel, value: (column: string) => number): { assignments: RosterAssignment[]; uncovered: Uncovered[] } {
  const assignments: RosterAssignment[] = [];
  for (const [name, c] of model.columns) {
    if (value(name) > 0.5) assignments.push({ userId: input.people[c.p]!.userId, date: input.dates[c.d]!, shiftCode: input.templates[c.s]!.code });
  }
  assignments.sort((a, b) => (a.date === b.date ? a.userId.localeCompare(b.userId) : a.date.localeCompare(b.date)));
  const uncovered: Uncovered[] = [];
  for (const [name, u] of model.slack) {
    const missing = Math.round(value(name));
    if (missing <= 0) continue;
    const date = input.dates[u.d]!;
    if (u.i !== undefined) continue; // staffing rows: explained half hour by half hour below
    if (u.s === null) {
      uncovered.push({ date, shiftCode: null, from: "12:00", to: "13:00", missing, reason: "lunch_duty" });
      continue;
    }
    const t = input.templates[u.s]!;
    const qualified = input.people.filter((p) => qualifies(p, t, date)).length;
    uncovered.push({ date, shiftCode: t.code, from: t.start, to: t.end, missing, reason: qualified < t.minStaff ? "not_enough_qualified" : "rules_limit" });
  }
  uncovered.push(...demandShortfalls(input, assignments));
  uncovered.sort((a, b) => (a.date === b.date ? (a.from === b.from ? (a.skill ?? "").localeCompare(b.skill ?? "") : a.from.localeCompare(b.from)) : a.date.localeCompare(b.date)));
  return { assignments, uncovered: mergeIntervals(uncovered) };
}

/** The early hours of the first date are the previous period's night shift: only a shift of the day before could cover them. */
function beforeHorizon(templates: readonly ShiftTemplate[], d: number, minute: number): boolean {
  return d === 0 && templates.some((t) => coversHalfHour(t, minute, 1));
}

/** P-05 each staffing half hour the assignments leave short: the interval, the staff required and missing, and why. */
function demandShortfalls(input: RosterInput, assignments: readonly RosterAssignment[]): Uncovered[] {
  if (!input.demand?.length) return [];
  const tpl = new Map(input.templates.map((t) => [t.code, t]));
  const person = new Map(input.people.map((p) => [p.userId, p]));
  const dates = new Set(input.dates);
  const out: Uncovered[] = [];
  for (const row of input.demand) {
    if (!dates.has(row.date) || row.required <= 0) continue;
    const minute = minutesOfDay(row.start);
    const prev = addDays(row.date, -1);
    const d = input.dates.indexOf(row.date);
    if (beforeHorizon(input.templates, d, minute) && !input.templates.some((t) => coversHalfHour(t, minute, 0))) continue;
    const covered = assignments.filter((a) => {
      const t = tpl.get(a.shiftCode);
      if (!t) return false;
      const on = (a.date === row.date && coversHalfHour(t, minute, 0)) || (a.date === prev && coversHalfHour(t, minute, 1));
      return on && (row.skill === null || (person.get(a.userId)?.skills.includes(row.skill) ?? false));
    }).length;
    const missing = row.required - covered;
    if (missing <= 0) continue;
    const qualified = input.people.filter((p) => !p.unavailable.includes(row.date) && (row.skill === null || p.skills.includes(row.skill))).length;
    const m = minute + 30;
    const to = `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    out.push({ date: row.date, shiftCode: null, from: row.start, to, missing, reason: qualified < row.required ? "not_enough_qualified" : "rules_limit", skill: row.skill, required: row.required });
  }
  return out;
}

/** Adjacent half hours of a date short of the same skill, by the same number and reason, read as one span. */
function mergeIntervals(list: readonly Uncovered[]): Uncovered[] {
  const out: Uncovered[] = [];
  for (const u of list) {
    const prev = [...out].reverse().find((o) => o.date === u.date && o.shiftCode === null && o.required !== undefined && (o.skill ?? null) === (u.skill ?? null));
    if (u.required !== undefined && prev && prev.to === u.from && prev.missing === u.missing && prev.reason === u.reason) {
      prev.to = u.to;
      prev.required = Math.max(prev.required ?? 0, u.required);
      continue;
    }
    out.push({ ...u });
  }
  return out;
}

export type RosterViolationRule = "one_shift_a_day" | "skill_or_certificate" | "on_leave" | "rest_between_shifts" | "max_consecutive_days" | "weekly_hours" | "shift_not_running";
export interface RosterViolation {
  rule: RosterViolationRule;
  userId: string;
  date: LocalDate | null;
}

/** The hard rules checked on any roster (solved or edited by hand): the live check of an edit. */
export function checkRoster(input: RosterInput, assignments: readonly RosterAssignment[]): RosterViolation[] {
  const out: RosterViolation[] = [];
  const tpl = new Map(input.templates.map((t) => [t.code, t]));
  const person = new Map(input.people.map((p) => [p.userId, p]));
  const byPerson = new Map<string, Map<LocalDate, RosterAssignment[]>>();
  for (const a of assignments) {
    const m = byPerson.get(a.userId) ?? new Map<LocalDate, RosterAssignment[]>();
    m.set(a.date, [...(m.get(a.date) ?? []), a]);
    byPerson.set(a.userId, m);
  }
  const budget = hourBudget(input.rules, input.dates.length);
  for (const [userId, days] of byPerson) {
    const p = person.get(userId);
    let hours = 0;
    for (const [date, list] of days) {
      if (list.length > 1) out.push({ rule: "one_shift_a_day", userId, date });
      for (const a of list) {
        const t = tpl.get(a.shiftCode);
        if (!t || !runsOn(t, date)) {
          out.push({ rule: "shift_not_running", userId, date });
          continue;
        }
        hours += shiftWorkHours(t);
        if (p && p.unavailable.includes(date)) out.push({ rule: "on_leave", userId, date });
        else if (!p || (t.skill !== null && !p.skills.includes(t.skill))) out.push({ rule: "skill_or_certificate", userId, date });
        const next = days.get(addDays(date, 1)) ?? [];
        for (const b of next) {
          const tb = tpl.get(b.shiftCode);
          if (tb && restBetween(t, tb) < input.rules.restHours) out.push({ rule: "rest_between_shifts", userId, date });
        }
      }
    }
    // consecutive days
    let run = 0;
    for (const date of input.dates) {
      run = days.has(date) ? run + 1 : 0;
      if (run > input.rules.maxConsecutiveDays) out.push({ rule: "max_consecutive_days", userId, date });
    }
    if (hours > budget + 1e-6) out.push({ rule: "weekly_hours", userId, date: null });
  }
  return out;
}

/** The dates from..to inclusive. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to && out.length <= 366; d = addDays(d, 1)) out.push(d);
  return out;
}
