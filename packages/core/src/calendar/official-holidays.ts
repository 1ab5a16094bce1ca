/**
 * CAL-01 Official mainland China holidays and make-up workdays from the maintained `chinese-days`
 * package (data only: no I/O). Years the package does not publish are absent; administrators can
 * load such a year by hand (stored in the database).
 */
import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import type { HolidayYear } from "./working-calendar.js";

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const source = data as unknown as ChineseDaysData;

/** "Spring Festival,春节,4" → "春节" */
function holidayName(raw: string): string {
  const parts = raw.split(",");
  return parts[1] ?? parts[0] ?? raw;
}

let publishedYears: number[] | undefined;
export function publishedHolidayYears(): number[] {
  if (!publishedYears) {
    const years = new Set<number>();
    for (const d of Object.keys(source.holidays)) years.add(Number(d.slice(0, 4)));
    publishedYears = [...years].sort((a, b) => a - b);
  }
  return [...publishedYears];
}

// The package data is constant: build each year once.
const yearCache = new Map<number, HolidayYear | undefined>();
export function officialHolidayYear(year: number): HolidayYear | undefined {
  if (!yearCache.has(year)) yearCache.set(year, buildYear(year));
  return yearCache.get(year);
}

function buildYear(year: number): HolidayYear | undefined {
  const prefix = `${year}-`;
  const holidays: Record<string, string> = {};
  const makeUpWorkdays: Record<string, string> = {};
  for (const [d, v] of Object.entries(source.holidays)) if (d.startsWith(prefix)) holidays[d] = holidayName(v);
  for (const [d, v] of Object.entries(source.workdays)) if (d.startsWith(prefix)) makeUpWorkdays[d] = holidayName(v);
  if (Object.keys(holidays).length === 0) return undefined;
  return { year, holidays, makeUpWorkdays };
}
