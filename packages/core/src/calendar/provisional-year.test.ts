import { getLunarDate } from "chinese-days";
import { describe, expect, it } from "vitest";
import { addWorkingDays, spanIsProvisional, workingDayDeadline } from "./add-working-days.js";
import { officialHolidayYear } from "./official-holidays.js";
import { LUNAR_RANGE, provisionalHolidayYear, statutoryFestivals } from "./provisional-year.js";
import { buildWorkingCalendar } from "./working-calendar.js";

const y2026 = officialHolidayYear(2026)!;

describe("CAL-06 provisional years are built from the law (2024 revision), not from Monday–Friday", () => {
  const y2027 = provisionalHolidayYear(2027)!;

  it.each([
    // [date, name, why]
    ["2027-01-01", "元旦", "New Year, Friday"],
    ["2027-02-05", "春节", "除夕 is 腊月廿九 in lunar year 2026 (no 三十 that year)"],
    ["2027-02-06", "春节", "初一, Saturday"],
    ["2027-02-07", "春节", "初二, Sunday"],
    ["2027-02-08", "春节", "初三, Monday"],
    ["2027-02-09", "春节（补假）", "补假 for the Saturday"],
    ["2027-02-10", "春节（补假）", "补假 for the Sunday"],
    ["2027-04-05", "清明节", "Qingming solar term"],
    ["2027-05-01", "劳动节", "Saturday"],
    ["2027-05-02", "劳动节", "Sunday"],
    ["2027-05-03", "劳动节（补假）", ""],
    ["2027-05-04", "劳动节（补假）", ""],
    ["2027-06-09", "端午节", "lunar 5/5"],
    ["2027-09-15", "中秋节", "lunar 8/15"],
    ["2027-10-01", "国庆节", ""],
    ["2027-10-02", "国庆节", ""],
    ["2027-10-03", "国庆节", ""],
    ["2027-10-04", "国庆节（补假）", ""],
    ["2027-10-05", "国庆节（补假）", ""],
  ])("2027: %s is %s (%s)", (date, name) => {
    expect(y2027.holidays[date]).toBe(name);
  });

  it("2027 has exactly those 19 days, no 调休 make-up workdays, and says provisional", () => {
    expect(Object.keys(y2027.holidays)).toHaveLength(19);
    expect(y2027.makeUpWorkdays).toEqual({});
    expect(y2027.provisional).toBe(true);
  });

  it("every lunar date is checked against the library's lunar functions", () => {
    for (const year of [2027, 2028, 2031, 2033, 2050, 2099]) {
      const f = statutoryFestivals(year)!;
      const spring = f.find((x) => x.name === "春节")!.days;
      const eve = getLunarDate(spring[0]!);
      expect(eve.lunarMon).toBe(12);
      expect([29, 30]).toContain(eve.lunarDay);
      expect(eve.lunarYear).toBe(year - 1);
      expect(getLunarDate(spring[1]!)).toMatchObject({ lunarYear: year, lunarMon: 1, lunarDay: 1, isLeap: false });
      expect(getLunarDate(f.find((x) => x.name === "端午节")!.days[0]!)).toMatchObject({ lunarMon: 5, lunarDay: 5, isLeap: false });
      expect(getLunarDate(f.find((x) => x.name === "中秋节")!.days[0]!)).toMatchObject({ lunarMon: 8, lunarDay: 15, isLeap: false });
    }
  });

  it("2028: New Year on a Saturday is made up on Monday; Mid-Autumn inside National Day is one day", () => {
    const y = provisionalHolidayYear(2028)!;
    expect(y.holidays["2028-01-03"]).toBe("元旦（补假）");
    expect(y.holidays["2028-01-25"]).toBe("春节"); // 除夕 = 廿九 again
    expect(y.holidays["2028-05-28"]).toBe("端午节"); // Sunday
    expect(y.holidays["2028-05-29"]).toBe("端午节（补假）");
    expect(y.holidays["2028-10-03"]).toBe("中秋节、国庆节");
    expect(y.holidays["2028-10-04"]).toBe("国庆节（补假）"); // for Sunday 10-01
    expect(y.holidays["2028-10-05"]).toBeUndefined();
  });

  it("a year outside the lunar range has no provisional table and the calendar answers 422", () => {
    expect(provisionalHolidayYear(LUNAR_RANGE.to + 1)).toBeUndefined();
    expect(provisionalHolidayYear(1900)).toBeUndefined();
    const cal = buildWorkingCalendar([y2026]);
    expect(() => cal.dayInfo("2150-03-02")).toThrowError(expect.objectContaining({ code: "calendar_year_unavailable", details: expect.objectContaining({ year: 2150 }) }));
  });
});

describe("CAL-06 a calendar without official 2027 data keeps working, flagged provisional", () => {
  const cal = buildWorkingCalendar([y2026]);

  it("days of 2027 say provisional; days of 2026 do not", () => {
    expect(cal.dayInfo("2027-02-09")).toMatchObject({ kind: "holiday", working: false, provisional: true, name: "春节（补假）" });
    expect(cal.dayInfo("2027-02-11")).toMatchObject({ kind: "workday", working: true, provisional: true });
    expect(cal.dayInfo("2026-12-28").provisional).toBeUndefined();
    expect(cal.isProvisionalYear(2027)).toBe(true);
    expect(cal.hasYear(2027)).toBe(false);
    expect(cal.hasYear(2026)).toBe(true);
  });

  it.each([
    // [from, n, expected, why]
    ["2026-12-23", 7, "2027-01-04", "a complaint received on the old cliff day gets a deadline (New Year 2027-01-01 skipped)"],
    ["2026-12-28", 7, "2027-01-07", "received on 2026-12-28"],
    ["2027-02-04", 1, "2027-02-11", "Spring Festival and its 补假 skipped"],
    ["2027-04-30", 1, "2027-05-05", "Labour Day weekend and 补假 skipped"],
  ])("%s + %i working days = %s (%s)", (from, n, expected) => {
    expect(addWorkingDays(from, n, cal)).toBe(expected);
  });

  it("a span is provisional when any of its years is", () => {
    expect(spanIsProvisional("2026-12-28", "2027-01-07", cal)).toBe(true);
    expect(spanIsProvisional("2026-03-01", "2026-03-09", cal)).toBe(false);
  });

  it("the official table replaces the provisional one and moves the deadline", () => {
    // A hypothetical notice: New Year 01-01..01-03 with make-up Sunday 01-03 off, Saturday 2027-01-09 worked.
    const official2027 = {
      year: 2027,
      holidays: { "2027-01-01": "元旦", "2027-01-02": "元旦", "2027-01-03": "元旦", "2027-01-04": "元旦" },
      makeUpWorkdays: { "2027-01-09": "元旦" },
    };
    const after = buildWorkingCalendar([y2026, official2027]);
    expect(after.isProvisionalYear(2027)).toBe(false);
    expect(addWorkingDays("2026-12-28", 7, after)).toBe("2027-01-08");
    expect(workingDayDeadline("2026-12-28", 7, after, "Asia/Shanghai").toISOString()).toBe("2027-01-08T15:59:59.999Z");
  });
});
