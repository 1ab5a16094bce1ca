import { describe, expect, it } from "vitest";
import { defaultBusinessHours, isCounterOpenAt, normaliseBusinessHours, openingInstant } from "./business-hours.js";
import { officialHolidayYear } from "./official-holidays.js";
import { buildWorkingCalendar } from "./working-calendar.js";

const cal = buildWorkingCalendar([officialHolidayYear(2026)!], [{ date: "2026-03-12", kind: "closure", reason: "停电" }]);
const split = normaliseBusinessHours({
  mon: [["08:30", "12:00"], ["14:00", "17:30"]],
  tue: [["08:30", "12:00"], ["14:00", "17:30"]],
  wed: [["08:30", "12:00"], ["14:00", "17:30"]],
  thu: [["08:30", "12:00"], ["14:00", "17:30"]],
  fri: [["08:30", "12:00"], ["14:00", "17:30"]],
});
const counter = { timeZone: "Asia/Shanghai", businessHours: split };
// Shanghai = UTC+8
const at = (local: string) => new Date(`${local}+08:00`);

describe("CAL-02/CAL-04 counter open at a moment", () => {
  it.each([
    ["2026-03-10T08:29:59", false, "before opening"],
    ["2026-03-10T08:30:00", true, "at opening"],
    ["2026-03-10T12:30:00", false, "lunch break between frames"],
    ["2026-03-10T14:00:00", true, "afternoon frame"],
    ["2026-03-10T17:30:00", false, "closing time is closed (准时满点)"],
    ["2026-03-14T10:00:00", false, "Saturday without frames"],
    ["2026-03-12T10:00:00", false, "unit closure override"],
    ["2026-10-01T10:00:00", false, "National Day holiday"],
    ["2026-10-10T10:00:00", true, "make-up Saturday uses Monday's frames"],
    ["2026-10-10T13:00:00", false, "make-up Saturday lunch break from Monday's frames"],
  ])("%s → %s (%s)", (local, open) => {
    expect(isCounterOpenAt(at(local), counter, cal)).toBe(open);
  });

  it("default hours are Monday–Friday 08:30–17:30 with no weekend frames", () => {
    const d = defaultBusinessHours();
    expect(d.mon).toEqual([["08:30", "17:30"]]);
    expect(d.sat).toEqual([]);
    expect(d.sun).toEqual([]);
  });

  it("CAL-02 weekend duty when frames are given: Saturday and Sunday frames are honoured", () => {
    const withWeekend = { timeZone: "Asia/Shanghai", businessHours: normaliseBusinessHours({ ...split, sat: [["09:00", "12:00"]], sun: [["09:00", "16:00"]] }) };
    expect(isCounterOpenAt(at("2026-03-14T10:00:00"), withWeekend, cal)).toBe(true);
    expect(isCounterOpenAt(at("2026-03-14T13:00:00"), withWeekend, cal)).toBe(false);
    expect(isCounterOpenAt(at("2026-03-15T15:00:00"), withWeekend, cal)).toBe(true);
    expect(isCounterOpenAt(at("2026-10-04T10:00:00"), withWeekend, cal)).toBe(false); // a Sunday inside National Day
    expect(isCounterOpenAt(at("2026-03-15T15:00:00"), counter, cal)).toBe(false); // no Sunday frames
  });

  it("CAL-05 a 7×24 unit serves at 03:00, on Sundays and on holidays, but not on a closure", () => {
    const always = { timeZone: "Asia/Shanghai", businessHours: split, alwaysOpen: true };
    expect(isCounterOpenAt(at("2026-03-10T03:00:00"), always, cal)).toBe(true);
    expect(isCounterOpenAt(at("2026-03-15T23:59:00"), always, cal)).toBe(true);
    expect(isCounterOpenAt(at("2026-10-01T03:00:00"), always, cal)).toBe(true);
    expect(isCounterOpenAt(at("2026-03-12T03:00:00"), always, cal)).toBe(false);
  });

  it("CAL-02 dated holiday opening hours: open on a statutory holiday with the published frames", () => {
    const holidayOpen = buildWorkingCalendar([officialHolidayYear(2026)!], [{ date: "2026-10-02", kind: "open", reason: "国庆值班", frames: [["09:00", "12:00"]] }]);
    expect(isCounterOpenAt(at("2026-10-02T10:00:00"), counter, holidayOpen)).toBe(true);
    expect(isCounterOpenAt(at("2026-10-02T13:00:00"), counter, holidayOpen)).toBe(false);
    expect(holidayOpen.isWorkingDay("2026-10-02")).toBe(false);
  });

  it("rejects overlapping or inverted frames", () => {
    expect(() => normaliseBusinessHours({ mon: [["09:00", "12:00"], ["11:00", "13:00"]] })).toThrowError(expect.objectContaining({ code: "invalid_business_hours" }));
    expect(() => normaliseBusinessHours({ mon: [["12:00", "09:00"]] })).toThrowError(expect.objectContaining({ code: "invalid_business_hours" }));
  });

  it("D-01 opening instant of the first frame", () => {
    expect(openingInstant("2026-03-10", counter, cal)?.toISOString()).toBe("2026-03-10T00:30:00.000Z");
    expect(openingInstant("2026-03-14", counter, cal)).toBeUndefined();
  });
});
