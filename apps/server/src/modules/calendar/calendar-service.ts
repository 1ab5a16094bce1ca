/**
 * CAL-01 the working calendar of a unit: official years (package, or loaded by hand, which wins) plus
 * the overrides of the unit and its ancestors (the nearest unit's override for a date wins).
 */
import {
  type CalendarOverride,
  type HolidayYear,
  type WorkingCalendar,
  ancestorIds,
  buildWorkingCalendar,
  officialHolidayYear,
  publishedHolidayYears,
} from "@ccms/core";
import { type Executor, type OrgUnit, calendarRepository } from "@ccms/db";

export async function holidayYears(ex: Executor): Promise<Array<HolidayYear & { source: "package" | "manual" }>> {
  const manual = await calendarRepository.listYears(ex);
  const byYear = new Map<number, HolidayYear & { source: "package" | "manual" }>();
  for (const y of publishedHolidayYears()) {
    const data = officialHolidayYear(y);
    if (data) byYear.set(y, { ...data, source: "package" });
  }
  for (const m of manual) byYear.set(m.year, { year: m.year, holidays: m.holidays, makeUpWorkdays: m.makeUpWorkdays, source: "manual" });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export async function overridesForUnit(ex: Executor, unit: OrgUnit, from?: string, to?: string) {
  const chain = ancestorIds(unit.path); // root … unit
  const rows = await calendarRepository.overridesFor(ex, chain, from, to);
  const depth = new Map(chain.map((id, i) => [id, i]));
  return rows.sort((a, b) => (depth.get(a.orgUnitId) ?? 0) - (depth.get(b.orgUnitId) ?? 0));
}

export async function calendarForUnit(ex: Executor, unit: OrgUnit): Promise<WorkingCalendar> {
  const [years, overrides] = await Promise.all([holidayYears(ex), overridesForUnit(ex, unit)]);
  // Later entries win in buildWorkingCalendar's map: nearest unit last.
  return buildWorkingCalendar(years, overrides as CalendarOverride[]);
}
