/**
 * CAL-01/CAL-06 the working calendar of a unit: official years (package, or loaded by hand, which
 * wins; a year with neither is provisional, built from the law in core) plus the overrides of the
 * unit and its ancestors (the nearest unit's override for a date wins for service). For deadlines
 * only the unit's own closures approved by the level above count (seed 000 §三(四)).
 */
import {
  type CalendarOverride,
  DEFAULT_TIME_ZONE,
  type HolidayYear,
  type WorkingCalendar,
  ancestorIds,
  buildWorkingCalendar,
  localDateOf,
  officialHolidayYear,
  publishedHolidayYears,
} from "@ccms/core";
import { type Executor, type OrgUnit, type StoredOverride, calendarRepository } from "@ccms/db";

export type YearSource = "package" | "manual";

export type StoredYear = HolidayYear & { source: YearSource; loadedAt: string | null };

/** Official years: the package's, and those loaded by hand (which win). */
export async function holidayYears(ex: Executor): Promise<StoredYear[]> {
  const manual = await calendarRepository.listYears(ex);
  const byYear = new Map<number, StoredYear>();
  for (const y of publishedHolidayYears()) {
    const data = officialHolidayYear(y);
    if (data) byYear.set(y, { ...data, source: "package", loadedAt: null });
  }
  for (const m of manual) byYear.set(m.year, { year: m.year, holidays: m.holidays, makeUpWorkdays: m.makeUpWorkdays, source: "manual", loadedAt: m.loadedAt });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Overrides of the unit and its ancestors, root first, so that the nearest unit's entry wins. */
export async function overridesForUnit(ex: Executor, unit: OrgUnit, from?: string, to?: string): Promise<StoredOverride[]> {
  const chain = ancestorIds(unit.path); // root … unit
  const rows = await calendarRepository.overridesFor(ex, chain, from, to);
  const depth = new Map(chain.map((id, i) => [id, i]));
  return rows.sort((a, b) => (depth.get(a.orgUnitId) ?? 0) - (depth.get(b.orgUnitId) ?? 0));
}

/** What the calendar core needs of a stored override, seen from `unit`. */
export function overrideForCalendar(o: StoredOverride, unit: OrgUnit): CalendarOverride {
  const out: CalendarOverride = { date: o.date, kind: o.kind, reason: o.reason };
  if (o.frames) out.frames = o.frames;
  if (o.kind === "closure" && o.approvedAt !== null && o.orgUnitId === unit.id) out.countsForDeadlines = true;
  return out;
}

/**
 * The unit's calendar. `replaceYears` puts candidate official years in place of the stored ones
 * (the preview of a State Council notice before it is saved).
 */
export async function calendarForUnit(ex: Executor, unit: OrgUnit, replaceYears: readonly HolidayYear[] = []): Promise<WorkingCalendar> {
  const [years, overrides] = await Promise.all([holidayYears(ex), overridesForUnit(ex, unit)]);
  const merged = new Map<number, HolidayYear>(years.map((y) => [y.year, y]));
  for (const y of replaceYears) merged.set(y.year, y);
  return buildWorkingCalendar([...merged.values()], overrides.map((o) => overrideForCalendar(o, unit)));
}

/** The calendar year at `now` in China (holiday data is national, in Beijing time). */
export function currentYear(now: Date): number {
  return Number(localDateOf(now, DEFAULT_TIME_ZONE).slice(0, 4));
}

/** The last year of an unbroken run of official years starting at `fromYear` (fromYear − 1 when none). */
export function officialThrough(officialYears: readonly number[], fromYear: number): number {
  const set = new Set(officialYears);
  let y = fromYear;
  while (set.has(y)) y++;
  return y - 1;
}
