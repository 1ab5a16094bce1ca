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

  it("CAL-06 a year without published data is provisional, not refused and not Monday–Friday", () => {
    expect(addWorkingDays("2026-12-30", 3, official)).toBe("2027-01-05");
    expect(official.dayInfo("2027-01-01")).toMatchObject({ kind: "holiday", provisional: true });
  });

  it("rejects negative or fractional day counts", () => {
    expect(() => addWorkingDays("2026-03-10", -1, official)).toThrowError(expect.objectContaining({ code: "invalid_working_days" }));
    expect(() => addWorkingDays("2026-03-10", 1.5, official)).toThrowError(expect.objectContaining({ code: "invalid_working_days" }));
  });

  it("publishes 2026 in the package data", () => {
    expect(publishedHolidayYears()).toContain(2026);
  });
});

describe("CAL-01/CAL-06 unit overrides", () => {
  it("an approved own closure is skipped for deadlines; an unapproved one only stops service", () => {
    const approved = buildWorkingCalendar([y2026], [{ date: "2026-03-11", kind: "closure", reason: "装修", countsForDeadlines: true }]);
    expect(addWorkingDays("2026-03-10", 1, approved)).toBe("2026-03-12");
    expect(approved.dayInfo("2026-03-11")).toMatchObject({ kind: "closure", working: false, service: "closure" });
    const pending = buildWorkingCalendar([y2026], [{ date: "2026-03-11", kind: "closure", reason: "装修" }]);
    expect(addWorkingDays("2026-03-10", 1, pending)).toBe("2026-03-11");
    expect(pending.dayInfo("2026-03-11")).toMatchObject({ kind: "workday", working: true, service: "closure" });
  });

  it("opening on a weekend or a statutory holiday never makes it a working day for deadlines (seed 000 §三(四))", () => {
    const cal = buildWorkingCalendar([y2026], [
      { date: "2026-03-14", kind: "open", reason: "集中办理日" },
      { date: "2026-10-02", kind: "open", reason: "国庆值班", frames: [["09:00", "12:00"]] },
    ]);
    expect(addWorkingDays("2026-03-13", 1, cal)).toBe("2026-03-16");
    expect(addWorkingDays("2026-09-30", 7, cal)).toBe(addWorkingDays("2026-09-30", 7, official));
    expect(cal.dayInfo("2026-10-02")).toMatchObject({ kind: "holiday", working: false, service: "open" });
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
