/**
 * Q-07 waiting-time targets (seed 000 §五(二)): 日常平均等候时间应在 15 分钟内，业务高峰时段应在
 * 30 分钟内. Peak periods are set per counter and weekday; without a setting they default to the
 * counter's own busiest hours over recent history. Q-09 satisfaction target (default 90%) with an
 * alert below it. Pure: arrivals, waits, ratings and the local time are inputs.
 */
import { type LocalTime, type Weekday, WEEKDAYS, minutesOfDay } from "../shared/time.js";

export type PeakPeriods = Record<Weekday, Array<[LocalTime, LocalTime]>>;

export const OFF_PEAK_WAIT_TARGET_MINUTES = 15;
export const PEAK_WAIT_TARGET_MINUTES = 30;
export const SATISFACTION_TARGET_PERCENT = 90;

const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;

/**
 * Q-07 default peak periods from history: per weekday, the hours whose average arrivals reach
 * `share` (default 80%) of that weekday's busiest hour (and at least `minArrivals` a day), merged into
 * periods. `arrivals[weekday][hour]` are average tickets issued per hour over the recent weeks.
 */
export function defaultPeakPeriods(arrivals: Partial<Record<Weekday, readonly number[]>>, opts: { share?: number; minArrivals?: number } = {}): PeakPeriods {
  const share = opts.share ?? 0.8;
  const min = opts.minArrivals ?? 1;
  const out = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as Array<[LocalTime, LocalTime]>])) as PeakPeriods;
  for (const d of WEEKDAYS) {
    const hours = arrivals[d] ?? [];
    const max = Math.max(0, ...hours);
    if (max < min) continue;
    let start: number | null = null;
    for (let h = 0; h <= 24; h++) {
      const busy = h < 24 && (hours[h] ?? 0) >= max * share && (hours[h] ?? 0) >= min;
      if (busy && start === null) start = h;
      if (!busy && start !== null) {
        out[d].push([hh(start), h === 24 ? "24:00" : hh(h)]);
        start = null;
      }
    }
  }
  return out;
}

/** The peak period containing the local time, or null. */
export function peakPeriodAt(periods: PeakPeriods, weekday: Weekday, time: LocalTime): [LocalTime, LocalTime] | null {
  const m = minutesOfDay(time);
  return periods[weekday]?.find(([a, b]) => minutesOfDay(a) <= m && m < minutesOfDay(b)) ?? null;
}

export interface WaitSample {
  /** Local time the ticket was issued (HH:mm). */
  issuedAt: LocalTime;
  waitSeconds: number;
}

export type WaitTargetAlertKind = "peak_wait_exceeded" | "peak_wait_near_target" | "offpeak_wait_exceeded" | "offpeak_wait_near_target" | "satisfaction_below_target";

export interface WaitTargetAlert {
  kind: WaitTargetAlertKind;
  severity: "warning" | "critical";
  /** The peak period (from–to) or null off-peak / for satisfaction. */
  period: [LocalTime, LocalTime] | null;
  value: number;
  limit: number;
}

export interface WaitTargetInput {
  weekday: Weekday;
  nowLocal: LocalTime;
  periods: PeakPeriods;
  /** Today's waits (finished waits and the current wait of those still waiting). */
  samples: readonly WaitSample[];
  offPeakTargetMinutes?: number;
  peakTargetMinutes?: number;
  /** Warn this many minutes before a target is broken. */
  leadMinutes?: number;
}

/**
 * Q-07 the average wait of the period the counter is in now: in a peak period the tickets issued in it
 * against 30 minutes; off-peak today's off-peak tickets against 15 minutes.
 */
export function evaluateWaitTarget(input: WaitTargetInput): { inPeak: boolean; period: [LocalTime, LocalTime] | null; averageSeconds: number | null; limitSeconds: number; alert: WaitTargetAlert | null } {
  const period = peakPeriodAt(input.periods, input.weekday, input.nowLocal);
  const inPeak = period !== null;
  const limitSeconds = (inPeak ? (input.peakTargetMinutes ?? PEAK_WAIT_TARGET_MINUTES) : (input.offPeakTargetMinutes ?? OFF_PEAK_WAIT_TARGET_MINUTES)) * 60;
  const lead = (input.leadMinutes ?? 3) * 60;
  const samples = input.samples.filter((s) => {
    const p = peakPeriodAt(input.periods, input.weekday, s.issuedAt);
    return inPeak ? p !== null && p[0] === period![0] && p[1] === period![1] : p === null;
  });
  if (samples.length === 0) return { inPeak, period, averageSeconds: null, limitSeconds, alert: null };
  const averageSeconds = Math.round(samples.reduce((s, x) => s + x.waitSeconds, 0) / samples.length);
  let alert: WaitTargetAlert | null = null;
  if (averageSeconds > limitSeconds) alert = { kind: inPeak ? "peak_wait_exceeded" : "offpeak_wait_exceeded", severity: "critical", period, value: averageSeconds, limit: limitSeconds };
  else if (averageSeconds >= limitSeconds - lead) alert = { kind: inPeak ? "peak_wait_near_target" : "offpeak_wait_near_target", severity: "warning", period, value: averageSeconds, limit: limitSeconds };
  return { inPeak, period, averageSeconds, limitSeconds, alert };
}

/** Q-09 the day's satisfaction (share of ratings ≥ 4 of 5) below the target is an alert. */
export function evaluateSatisfaction(ratings: readonly number[], targetPercent = SATISFACTION_TARGET_PERCENT, minRatings = 1): { percent: number | null; alert: WaitTargetAlert | null } {
  if (ratings.length < minRatings || ratings.length === 0) return { percent: null, alert: null };
  const percent = Math.round((ratings.filter((r) => r >= 4).length / ratings.length) * 1000) / 10;
  return { percent, alert: percent < targetPercent ? { kind: "satisfaction_below_target", severity: "critical", period: null, value: percent, limit: targetPercent } : null };
}
