/**
 * Issue 14 item 3 a counter's forecast for dates: the same weekday over recent weeks from its own ticket
 * history (holiday-aware through the unit's calendar), the manager's edits on top; and its measured
 * average handling time.
 */
import { DEFAULT_AHT_SECONDS, DomainError, type LocalDate, averageArrivals, forecastBasisDays, halfHourOf, localDateOf, localTimeOf } from "@ccms/core";
import { type Executor, type OrgUnit, forecastRepository } from "@ccms/db";
import type { ForecastView } from "@ccms/contracts";
import { calendarForUnit } from "../calendar/calendar-service.js";

export function assertCounter(unit: OrgUnit): void {
  if (unit.kind !== "counter") throw new DomainError("unprocessable", "forecast_counter_only", "Forecasts are kept per counter", { orgUnitId: unit.id });
}

export async function forecastFor(ex: Executor, unit: OrgUnit, dates: readonly LocalDate[], now: Date, weeks: number, defaultAhtSeconds = DEFAULT_AHT_SECONDS): Promise<{ views: ForecastView[]; ahtSeconds: number }> {
  const calendar = await calendarForUnit(ex, unit);
  const isHoliday = (d: LocalDate) => {
    try {
      const k = calendar.dayInfo(d).kind;
      return k === "holiday" || k === "closure";
    } catch {
      return false; // a year without calendar data: treated as an ordinary day
    }
  };
  const today = localDateOf(now, unit.timeZone);
  const bases = new Map(dates.map((d) => [d, forecastBasisDays(d, today, weeks, isHoliday)]));
  const allBasis = [...new Set([...bases.values()].flat())];
  const counts = new Map<string, { date: string; businessType: string; start: string; count: number }>();
  for (const a of await forecastRepository.arrivals(ex, unit.id, allBasis)) {
    const start = halfHourOf(localTimeOf(new Date(a.issuedAt), unit.timeZone));
    const k = `${a.businessDate}|${a.businessType}|${start}`;
    const c = counts.get(k) ?? { date: a.businessDate, businessType: a.businessType, start, count: 0 };
    c.count += 1;
    counts.set(k, c);
  }
  const overrides = await forecastRepository.overrides(ex, unit.id, dates);
  const views = dates.map((date): ForecastView => {
    const basedOn = bases.get(date) ?? [];
    const merged = new Map<string, ForecastView["intervals"][number]>();
    for (const i of averageArrivals([...counts.values()], basedOn)) merged.set(`${i.businessType}|${i.start}`, { ...i, source: "history" });
    for (const o of overrides.filter((x) => x.date === date)) merged.set(`${o.business_type}|${o.interval_start}`, { businessType: o.business_type, start: o.interval_start, arrivals: o.arrivals, source: "manual" });
    const intervals = [...merged.values()].sort((a, b) => (a.start === b.start ? a.businessType.localeCompare(b.businessType) : a.start.localeCompare(b.start)));
    return { orgUnitId: unit.id, date, holiday: isHoliday(date), basedOn, intervals };
  });
  const served = await forecastRepository.servedTimes(ex, unit.id, allBasis);
  const secs = served.map((s) => (Date.parse(s.finishedAt) - Date.parse(s.startedAt)) / 1000).filter((s) => s > 0);
  const ahtSeconds = secs.length > 0 ? Math.round(secs.reduce((a, b) => a + b, 0) / secs.length) : defaultAhtSeconds;
  return { views, ahtSeconds };
}
