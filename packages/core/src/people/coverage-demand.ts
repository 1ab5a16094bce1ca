/**
 * P-05 (shifts follow demand) the roster's coverage requirement from staffing: for each date with a
 * forecast, the staff needed per half hour by Erlang C (issue 14 item 3: Q-07 at a counter, 003-1
 * Art.60 at a 7×24 call centre; the unit's shrinkage, handling time and peak factor) — once for all
 * arrivals together (anyone on post counts) and once per business type that is a skill of the model
 * (only people with that skill count, P-02). A date without a forecast has no rows: the roster falls
 * back to its shift templates' minimum staff there.
 */
import type { LocalDate } from "../shared/time.js";
import { staffDay, peakIntervals } from "./forecast.js";
import { type StaffingSettings, staffingKindOf } from "./staffing-settings.js";

export interface IntervalDemand {
  date: LocalDate;
  /** Start of the half hour, "HH:mm". */
  start: string;
  /** Business-type skill needed, or null: anyone on post. */
  skill: string | null;
  /** Staff to roster (after shrinkage). */
  required: number;
}

export interface DayForecast {
  date: LocalDate;
  intervals: ReadonlyArray<{ businessType: string; start: string; arrivals: number }>;
}

export function coverageDemand(days: readonly DayForecast[], settings: StaffingSettings, ahtSeconds: number, skills: readonly string[]): IntervalDemand[] {
  const kind = staffingKindOf(settings);
  const out: IntervalDemand[] = [];
  for (const day of days) {
    if (!day.intervals.some((i) => i.arrivals > 0)) continue;
    const total = new Map<string, number>();
    for (const i of day.intervals) total.set(i.start, (total.get(i.start) ?? 0) + i.arrivals);
    // Q-07 the peak is a property of the half hour (all arrivals), the same for every skill
    const peaks = peakIntervals(total, settings.peakFactor);
    for (const r of staffDay(total, kind, ahtSeconds, settings.shrinkage, settings.peakFactor, peaks)) if (r.agents > 0) out.push({ date: day.date, start: r.start, skill: null, required: r.agents });
    for (const skill of [...new Set(skills)].sort()) {
      const own = new Map<string, number>();
      for (const i of day.intervals) if (i.businessType === skill) own.set(i.start, (own.get(i.start) ?? 0) + i.arrivals);
      for (const r of staffDay(own, kind, ahtSeconds, settings.shrinkage, settings.peakFactor, peaks)) if (r.agents > 0) out.push({ date: day.date, start: r.start, skill, required: r.agents });
    }
  }
  return out.sort((a, b) => (a.date === b.date ? (a.start === b.start ? (a.skill ?? "").localeCompare(b.skill ?? "") : a.start.localeCompare(b.start)) : a.date.localeCompare(b.date)));
}
