/**
 * CAL-06 A year whose official arrangement (State Council notice) is not yet published is
 * provisional: built from the law, not from Monday–Friday. 全国年节及纪念日放假办法 (2024 revision),
 * Art. 2: New Year 1 day (Jan 1); Spring Festival 4 days (除夕, 初一–初三); Qingming 1 day (the solar
 * term); Labour Day 2 days (May 1–2); Dragon Boat 1 day (lunar 5/5); Mid-Autumn 1 day (lunar 8/15);
 * National Day 3 days (Oct 1–3). Art. 6: a full-population holiday that falls on a Saturday or
 * Sunday is made up on the following working day(s) (补假). The 调休 swaps are unknown and left out.
 *
 * Lunar dates and solar terms come from the calendar library already in use (`chinese-days`); a year
 * outside its lunar range has no provisional calendar (the caller answers 422).
 */
// chinese-days ships CommonJS: Node's ESM loader sees only its default export.
import chineseDays from "chinese-days";
import { type LocalDate, addDays, weekdayOf } from "../shared/time.js";
import type { HolidayYear } from "./holiday-year.js";

const { getLunarDate, getSolarDateFromLunar, getSolarTermDate } = chineseDays;

/** Years whose lunar new year the library computes reliably (checked by a round trip below). */
export const LUNAR_RANGE = { from: 1901, to: 2099 } as const;

interface Festival {
  name: string;
  days: LocalDate[];
}

const iso = (y: number, m: number, d: number): LocalDate => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Solar date of a lunar month/day of lunar year `y` (the non-leap month), checked by a round trip. */
function solarOfLunar(y: number, month: number, day: number): LocalDate | undefined {
  try {
    const solar = getSolarDateFromLunar(iso(y, month, day)).date;
    const back = getLunarDate(solar);
    if (back.lunarYear !== y || back.lunarMon !== month || back.lunarDay !== day || back.isLeap) return undefined;
    return solar;
  } catch {
    return undefined;
  }
}

/** The statutory festivals of a Gregorian year, each with its days (before 补假). */
export function statutoryFestivals(year: number): Festival[] | undefined {
  if (!Number.isInteger(year) || year < LUNAR_RANGE.from || year > LUNAR_RANGE.to) return undefined;
  const newYear = solarOfLunar(year, 1, 1);
  const dragonBoat = solarOfLunar(year, 5, 5);
  const midAutumn = solarOfLunar(year, 8, 15);
  if (!newYear || !dragonBoat || !midAutumn || !newYear.startsWith(`${year}-`)) return undefined;
  // 除夕 is the last day of the twelfth lunar month (廿九 or 三十): the day before 初一.
  const eve = addDays(newYear, -1);
  const qingming = getSolarTermDate(year, 4, "pure_brightness");
  return [
    { name: "元旦", days: [iso(year, 1, 1)] },
    { name: "春节", days: [eve, newYear, addDays(newYear, 1), addDays(newYear, 2)] },
    { name: "清明节", days: [qingming] },
    { name: "劳动节", days: [iso(year, 5, 1), iso(year, 5, 2)] },
    { name: "端午节", days: [dragonBoat] },
    { name: "中秋节", days: [midAutumn] },
    { name: "国庆节", days: [iso(year, 10, 1), iso(year, 10, 2), iso(year, 10, 3)] },
  ];
}

const isWeekend = (d: LocalDate) => {
  const wd = weekdayOf(d);
  return wd === "sat" || wd === "sun";
};

/**
 * The provisional holiday table of a year, or undefined outside the lunar range. Every festival day
 * on a Saturday or Sunday gives one 补假 day: the next Monday–Friday after the festival that is not
 * itself a holiday or an earlier 补假 day (it may fall in the next year's first days only in theory:
 * National Day and New Year never push past 31 December, and such a day is dropped).
 */
export function provisionalHolidayYear(year: number): HolidayYear | undefined {
  const festivals = statutoryFestivals(year);
  if (!festivals) return undefined;
  const holidays: Record<LocalDate, string> = {};
  for (const f of festivals) {
    for (const d of f.days) {
      // Mid-Autumn may fall inside National Day: one day, both names.
      holidays[d] = holidays[d] ? `${holidays[d]}、${f.name}` : f.name;
    }
  }
  const counted = new Set<LocalDate>();
  for (const f of [...festivals].sort((a, b) => (a.days[0]! < b.days[0]! ? -1 : 1))) {
    const weekendDays = f.days.filter((d) => isWeekend(d) && !counted.has(d));
    for (const d of weekendDays) counted.add(d);
    let cursor = [...f.days].sort().at(-1)!;
    for (let i = 0; i < weekendDays.length; i++) {
      do cursor = addDays(cursor, 1);
      while (isWeekend(cursor) || holidays[cursor] !== undefined);
      if (!cursor.startsWith(`${year}-`)) break;
      holidays[cursor] = `${f.name}（补假）`;
    }
  }
  return { year, holidays, makeUpWorkdays: {}, provisional: true };
}
