/**
 * Issue 14 item 3 (WFM: forecast in 30-minute intervals → Erlang C staffing) the arrivals of a counter
 * per business type and half hour, from its own ticket history: the same weekday over recent weeks,
 * holiday-aware (a holiday is forecast from recent holidays; ordinary days skip holidays and closures).
 * Targets: Q-07 average wait ≤ 15 min (≤ 30 at peak) at a counter; seed 003-1 Art.60 a call centre
 * answers within 10 s.
 */
import { type StaffingResult, type StaffingTarget, requiredAgents } from "./erlang-c.js";
import { type LocalDate, addDays, weekdayOf } from "../shared/time.js";

export const FORECAST_INTERVAL_MINUTES = 30;
/** Share of paid time not on post (breaks, training, absence): a setting's default. */
export const DEFAULT_SHRINKAGE = 0.3;
/** Handling time when the counter has no served tickets to measure. */
export const DEFAULT_AHT_SECONDS = 600;

/** The half hour an "HH:mm" time falls in, as its start "HH:00" / "HH:30". */
export function halfHourOf(time: string): string {
  const [h, m] = time.split(":") as [string, string];
  return `${h.padStart(2, "0")}:${Number(m) < 30 ? "00" : "30"}`;
}

/**
 * The past days a date's forecast averages: before `today`, `weeks` of them. An ordinary day: the same
 * weekday week by week back, skipping holidays and closures (up to 3 × weeks weeks back). A holiday:
 * the most recent holidays within a year.
 */
export function forecastBasisDays(date: LocalDate, today: LocalDate, weeks: number, isHoliday: (d: LocalDate) => boolean): LocalDate[] {
  const out: LocalDate[] = [];
  if (isHoliday(date)) {
    for (let d = addDays(today, -1), i = 0; i < 400 && out.length < weeks; i++, d = addDays(d, -1)) if (isHoliday(d)) out.push(d);
    return out;
  }
  let d = addDays(date, -7);
  while (d >= today) d = addDays(d, -7);
  for (let i = 0; i < weeks * 3 && out.length < weeks; i++, d = addDays(d, -7)) {
    if (weekdayOf(d) === weekdayOf(date) && !isHoliday(d)) out.push(d);
  }
  return out;
}

export interface ArrivalCount {
  date: LocalDate;
  businessType: string;
  start: string;
  count: number;
}

/** The average arrivals per business type and half hour over the basis days (one decimal). */
export function averageArrivals(counts: readonly ArrivalCount[], basis: readonly LocalDate[]): Array<{ businessType: string; start: string; arrivals: number }> {
  if (basis.length === 0) return [];
  const days = new Set(basis);
  const sums = new Map<string, number>();
  for (const c of counts) {
    if (!days.has(c.date)) continue;
    const k = `${c.businessType}\u0000${c.start}`;
    sums.set(k, (sums.get(k) ?? 0) + c.count);
  }
  return [...sums.entries()]
    .map(([k, s]) => {
      const [businessType, start] = k.split("\u0000") as [string, string];
      return { businessType, start, arrivals: Math.round((s / basis.length) * 10) / 10 };
    })
    .sort((a, b) => (a.start === b.start ? a.businessType.localeCompare(b.businessType) : a.start.localeCompare(b.start)));
}

export type StaffingKind = "counter" | "callCentre";

/** Q-07 a peak half hour: at least `factor` (a unit setting, default 1.5) × the day's average over its busy intervals. */
export function peakIntervals(arrivals: ReadonlyMap<string, number>, factor = 1.5): Set<string> {
  const busy = [...arrivals.values()].filter((a) => a > 0);
  if (busy.length === 0) return new Set();
  const avg = busy.reduce((s, a) => s + a, 0) / busy.length;
  return new Set([...arrivals.entries()].filter(([, a]) => a > 0 && a >= factor * avg).map(([k]) => k));
}

/** The target of an interval: Q-07 (counter, 15 min, 30 at peak) or 003-1 Art.60 (call centre, 80 % in 10 s). */
export function staffingTarget(kind: StaffingKind, peak: boolean): StaffingTarget {
  switch (kind) {
    case "counter":
      return { kind: "averageWait", seconds: peak ? 1800 : 900 };
    case "callCentre":
      return { kind: "serviceLevel", seconds: 10, percent: 80 };
  }
}

/** Required staff per half hour of a day's forecast (arrivals summed over business types). */
export function staffDay(
  arrivals: ReadonlyMap<string, number>,
  kind: StaffingKind,
  ahtSeconds: number,
  shrinkage: number,
  peakFactor = 1.5,
  /** The half hours that count as peak (default: those of `arrivals` by `peakFactor`). */
  peaks: ReadonlySet<string> = peakIntervals(arrivals, peakFactor),
): Array<{ start: string; arrivals: number; peak: boolean; targetSeconds: number } & StaffingResult> {
  return [...arrivals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, a]) => {
      const peak = peaks.has(start);
      const target = staffingTarget(kind, peak);
      return { start, arrivals: a, peak, targetSeconds: target.seconds, ...requiredAgents({ arrivals: a, intervalMinutes: FORECAST_INTERVAL_MINUTES, ahtSeconds, target, shrinkage }) };
    });
}
