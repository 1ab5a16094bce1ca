import { describe, expect, it } from "vitest";
import { normaliseBusinessHours } from "../calendar/business-hours.js";
import { officialHolidayYear } from "../calendar/official-holidays.js";
import { buildWorkingCalendar } from "../calendar/working-calendar.js";
import { nextOpeningChange } from "./next-opening-change.js";

const cal = buildWorkingCalendar([officialHolidayYear(2026)!], [{ date: "2026-03-12", kind: "closure", reason: "停电" }]);
const weekday: [string, string][] = [
  ["08:30", "12:00"],
  ["14:00", "17:30"],
];
const split = { timeZone: "Asia/Shanghai", businessHours: normaliseBusinessHours({ mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday }) };
const touching = {
  timeZone: "Asia/Shanghai",
  businessHours: normaliseBusinessHours({ mon: [["08:30", "12:00"], ["12:00", "17:30"]], tue: [["08:30", "17:30"]], wed: [["08:30", "17:30"]], thu: [["08:30", "17:30"]], fri: [["08:30", "17:30"]] }),
};
const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const loc = (local: string | null) => (local ? at(local).toISOString() : null);

describe("CAL-04 next opening change (devices follow the clock)", () => {
  it.each([
    // now, open, nextChangeAt, nextOpeningAt, why
    ["2026-03-10T07:00:00", false, "2026-03-10T08:30:00", "2026-03-10T08:30:00", "before opening: the change is today's opening"],
    ["2026-03-10T08:30:00", true, "2026-03-10T12:00:00", "2026-03-10T14:00:00", "at opening: next change is the lunch break"],
    ["2026-03-10T11:59:59", true, "2026-03-10T12:00:00", "2026-03-10T14:00:00", "a second before lunch"],
    ["2026-03-10T12:00:00", false, "2026-03-10T14:00:00", "2026-03-10T14:00:00", "lunch break: the afternoon frame opens"],
    ["2026-03-10T17:30:00", false, "2026-03-11T08:30:00", "2026-03-11T08:30:00", "closing time: tomorrow morning"],
    ["2026-03-11T17:45:00", false, "2026-03-13T08:30:00", "2026-03-13T08:30:00", "skips a unit closure day (03-12)"],
    ["2026-03-13T18:00:00", false, "2026-03-16T08:30:00", "2026-03-16T08:30:00", "Friday evening: Monday (weekend has no frames)"],
    ["2026-09-30T18:00:00", false, "2026-10-08T08:30:00", "2026-10-08T08:30:00", "National Day holiday is skipped"],
    ["2026-10-09T18:00:00", false, "2026-10-10T08:30:00", "2026-10-10T08:30:00", "make-up Saturday opens with Monday's frames"],
  ])("%s → open %s, change %s, opening %s (%s)", (now, open, change, opening) => {
    const s = nextOpeningChange(at(now), split, cal);
    expect(s.open).toBe(open);
    expect(iso(s.nextChangeAt)).toBe(loc(change));
    expect(iso(s.nextOpeningAt)).toBe(loc(opening));
  });

  it("frames that touch are one open period (no false boundary at 12:00)", () => {
    const s = nextOpeningChange(at("2026-03-09T10:00:00"), touching, cal);
    expect(s.open).toBe(true);
    expect(iso(s.nextChangeAt)).toBe(loc("2026-03-09T17:30:00"));
    expect(iso(s.nextOpeningAt)).toBe(loc("2026-03-10T08:30:00"));
  });

  it("a counter open around the clock every day has no known closing within the horizon", () => {
    const all: [string, string][] = [["00:00", "23:59"]];
    // 23:59 → 00:00 leaves one minute closed: the boundary is reported exactly.
    const nearly = { timeZone: "Asia/Shanghai", businessHours: normaliseBusinessHours({ mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all }) };
    const s = nextOpeningChange(at("2026-03-10T10:00:00"), nearly, buildWorkingCalendar([officialHolidayYear(2026)!], []));
    expect(iso(s.nextChangeAt)).toBe(loc("2026-03-10T23:59:00"));
  });

  it("a calendar year without data ends the scan: nothing is guessed", () => {
    const only2026 = buildWorkingCalendar([officialHolidayYear(2026)!], []);
    const s = nextOpeningChange(at("2026-12-31T18:00:00"), split, only2026);
    expect(s.open).toBe(false);
    // 2027 is not loaded: the next opening is unknown rather than a Monday–Friday guess.
    expect(s.nextChangeAt === null || s.nextChangeAt.getUTCFullYear() === 2027).toBe(true);
  });

  it("a closed counter with no frames at all has no next change", () => {
    const none = { timeZone: "Asia/Shanghai", businessHours: normaliseBusinessHours({}) };
    const s = nextOpeningChange(at("2026-03-10T10:00:00"), none, cal);
    expect(s).toEqual({ open: false, nextChangeAt: null, nextOpeningAt: null });
  });
});
