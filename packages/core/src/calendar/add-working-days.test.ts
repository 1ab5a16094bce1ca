import { describe, expect, it } from "vitest";
import { addCalendarDays, addWorkingDays, workingDayDeadline, workingDaysBetween } from "./add-working-days.js";
import { officialHolidayYear, publishedHolidayYears } from "./official-holidays.js";
import { buildWorkingCalendar } from "./working-calendar.js";

const y2026 = officialHolidayYear(2026)!;
const y2025 = officialHolidayYear(2025)!;
const official = buildWorkingCalendar([y2025, y2026]);

describe("CAL-01 addWorkingDays over official 2026 data (receipt day is day 0)", () => {
  it.each([
    // [from, n, expected, why]
    ["2026-03-10", 0, "2026-03-10", "day 0 on a working day is the same day"],
    ["2026-03-10", 1, "2026-03-11", "ordinary Tuesday → Wednesday"],
    ["2026-03-13", 1, "2026-03-16", "Friday → Monday skips the weekend"],
    ["2026-03-14", 0, "2026-03-16", "day 0 on a Saturday rolls to Monday"],
    ["2026-02-13", 1, "2026-02-14", "Spring Festival make-up Saturday 02-14 counts"],
    ["2026-02-13", 2, "2026-02-24", "02-15..02-23 Spring Festival never counts"],
    ["2026-02-13", 7, "2026-03-02", "make-up Saturday 02-28 counts inside a 7-day limit"],
    ["2026-04-30", 1, "2026-05-06", "Labour Day 05-01..05-05 skipped"],
    ["2026-04-30", 3, "2026-05-08", ""],
    ["2026-04-30", 4, "2026-05-09", "Labour Day make-up Saturday 05-09 counts"],
    ["2026-09-30", 1, "2026-10-08", "National Day 10-01..10-07 skipped"],
    ["2026-09-30", 3, "2026-10-10", "National Day make-up Saturday 10-10 counts"],
    ["2026-09-18", 2, "2026-09-21", "make-up Sunday 09-20 counts"],
    ["2026-09-30", 7, "2026-10-15", "complaint reply 7 working days across National Day (C-02)"],
    ["2025-12-31", 2, "2026-01-05", "New Year 2026-01-01..03 and the 01-04 make-up Sunday"],
  ])("%s + %i working days = %s (%s)", (from, n, expected) => {
    expect(addWorkingDays(from, n, official)).toBe(expected);
  });

  it("refuses a year without published data instead of guessing Monday–Friday", () => {
    expect(() => addWorkingDays("2026-12-30", 3, official)).toThrowError(expect.objectContaining({ code: "calendar_year_unavailable" }));
    const partial = buildWorkingCalendar([y2026]);
    expect(() => partial.dayInfo("2027-01-04")).toThrowError(expect.objectContaining({ code: "calendar_year_unavailable", details: { year: 2027 } }));
  });

  it("rejects negative or fractional day counts", () => {
    expect(() => addWorkingDays("2026-03-10", -1, official)).toThrowError(expect.objectContaining({ code: "invalid_working_days" }));
    expect(() => addWorkingDays("2026-03-10", 1.5, official)).toThrowError(expect.objectContaining({ code: "invalid_working_days" }));
  });

  it("publishes 2026 and not 2027 in the package data", () => {
    expect(publishedHolidayYears()).toContain(2026);
    expect(publishedHolidayYears()).not.toContain(2027);
  });
});

describe("CAL-01 unit overrides", () => {
  it("a closure (OFF) is skipped and an extra workday (ON) counts", () => {
    const cal = buildWorkingCalendar([y2026], [
      { date: "2026-03-11", kind: "closure", reason: "装修" },
      { date: "2026-03-14", kind: "extraWorkday", reason: "集中办理日" },
    ]);
    expect(addWorkingDays("2026-03-10", 1, cal)).toBe("2026-03-12");
    expect(addWorkingDays("2026-03-13", 1, cal)).toBe("2026-03-14");
    expect(cal.dayInfo("2026-03-11")).toMatchObject({ kind: "closure", working: false });
    expect(cal.dayInfo("2026-03-14")).toMatchObject({ kind: "extraWorkday", working: true });
  });
});

describe("workingDaysBetween and calendar-day clock", () => {
  it("counts working days after from up to and including to", () => {
    expect(workingDaysBetween("2026-09-30", "2026-10-10", official)).toBe(3);
    expect(workingDaysBetween("2026-03-10", "2026-03-10", official)).toBe(0);
    expect(workingDaysBetween("2026-03-10", "2026-03-09", official)).toBe(0);
  });
  it("calendar days include holidays (regulatory 日)", () => {
    expect(addCalendarDays("2026-09-30", 15)).toBe("2026-10-15");
  });
  it("the deadline is the end of the Nth working day in the unit's time zone", () => {
    expect(workingDayDeadline("2026-09-30", 1, official, "Asia/Shanghai").toISOString()).toBe("2026-10-08T15:59:59.999Z");
  });
});
