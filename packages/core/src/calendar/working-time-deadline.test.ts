import { describe, expect, it } from "vitest";
import { normaliseBusinessHours } from "./business-hours.js";
import { officialHolidayYear } from "./official-holidays.js";
import { SERVICING_LIMITS, addWorkingTime, workingDayMinutes } from "./working-time-deadline.js";
import { buildWorkingCalendar } from "./working-calendar.js";

const TZ = "Asia/Shanghai";
const day: Array<[string, string]> = [["08:30", "12:00"], ["14:00", "17:30"]]; // 7 hours
const hours = normaliseBusinessHours({ mon: day, tue: day, wed: day, thu: day, fri: day });
const cal = buildWorkingCalendar([officialHolidayYear(2026)!]);
const at = (local: string) => new Date(`${local}+08:00`);
const local = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

describe("C-17 policy-servicing limits in working time of the handling unit", () => {
  it("a working day is the unit's ordinary working-day hours", () => {
    expect(workingDayMinutes(hours)).toBe(420);
    expect(SERVICING_LIMITS).toEqual({ nonRefund: 1, refund: 3, specialResponse: 1, specialApproval: 3, review: 0.5 });
  });

  it.each([
    // [received (local), working days, due (local), why]
    ["2026-03-10T09:00", 0.5, "2026-03-10 14:30", "a review: half a working day skips the lunch break"],
    ["2026-03-10T16:00", 0.5, "2026-03-11 10:30", "a review late in the day runs into the next morning"],
    ["2026-03-10T09:00", 1, "2026-03-11 09:00", "a non-refund item: one working day later"],
    ["2026-03-13T15:00", 1, "2026-03-16 15:00", "Friday afternoon → Monday afternoon"],
    ["2026-03-10T09:00", 3, "2026-03-13 09:00", "a refund item: three working days"],
    ["2026-03-10T20:00", 0.5, "2026-03-11 12:00", "received after hours: the clock starts at the next opening"],
    ["2026-09-30T16:00", 1, "2026-10-08 16:00", "National Day holidays do not count"],
    ["2026-10-09T16:00", 0.5, "2026-10-10 10:30", "the make-up Saturday 10-10 counts with Monday's hours"],
  ])("%s + %s working days → %s (%s)", (from, days, due) => {
    expect(local(addWorkingTime(at(`${from}:00`), days, hours, cal, TZ))).toBe(due);
  });

  it("opening on a holiday never adds working time", () => {
    const opened = buildWorkingCalendar([officialHolidayYear(2026)!], [{ date: "2026-10-02", kind: "open", reason: "值班" }]);
    expect(local(addWorkingTime(at("2026-09-30T16:00:00"), 1, hours, opened, TZ))).toBe("2026-10-08 16:00");
  });

  it("rejects negative or over-fine amounts", () => {
    expect(() => addWorkingTime(at("2026-03-10T09:00:00"), -1, hours, cal, TZ)).toThrowError(expect.objectContaining({ code: "invalid_working_time" }));
    expect(() => addWorkingTime(at("2026-03-10T09:00:00"), 0.001, hours, cal, TZ)).toThrowError(expect.objectContaining({ code: "invalid_working_time" }));
  });
});
