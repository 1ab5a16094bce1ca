import { describe, expect, it } from "vitest";
import { absenceFlags, shiftAttendance } from "./attendance-rules.js";

const shift = { start: new Date("2026-03-10T00:30:00Z"), end: new Date("2026-03-10T09:30:00Z") };
const at = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00Z`);
const evening = at("12:00");

describe("P-11 attendance against the published roster", () => {
  it.each([
    ["P-11 at the post 10 minutes before is on time", at("00:20"), at("09:31"), evening, "ok", 0, 0],
    ["P-11 5 minutes before is not ready in time", at("00:25"), at("09:30"), evening, "not_ready", 0, 0],
    ["P-11 arriving after the start is late", at("00:42"), at("09:30"), evening, "late", 12, 0],
    ["P-11 leaving before the end is early leave", at("00:10"), at("09:00"), evening, "early_leave", 0, 30],
    ["late and early", at("00:40"), at("09:20"), evening, "late_and_early", 10, 10],
    ["P-11 no clock-in by the end is absence", null, null, evening, "absent", 0, 0],
    ["no clock-in yet, shift under way: late so far", null, null, at("01:00"), "late", 30, 0],
    ["before the shift: pending", null, null, at("00:00"), "pending", 0, 0],
  ] as const)("%s", (_n, cin, cout, now, status, late, early) => {
    expect(shiftAttendance(shift, cin, cout, now)).toEqual({ status, lateMinutes: late, earlyMinutes: early });
  });
  it("D-06 clocking in without a rostered shift is reported", () => {
    expect(shiftAttendance(null, at("01:00"), null, evening).status).toBe("unrostered");
  });
});

describe("P-11 absence flags", () => {
  it.each([
    ["one day", ["2026-03-10"], []],
    ["P-11 two consecutive days", ["2026-03-10", "2026-03-11"], ["absent_two_consecutive_days"]],
    ["P-11 three days in a month", ["2026-03-02", "2026-03-10", "2026-03-20"], ["absent_three_days_in_month"]],
    ["three days over two months", ["2026-03-30", "2026-04-02", "2026-04-20"], []],
  ])("%s", (_n, dates, flags) => expect(absenceFlags(dates)).toEqual(flags));
});
