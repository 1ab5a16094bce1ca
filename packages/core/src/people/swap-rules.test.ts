import { describe, expect, it } from "vitest";
import { officialHolidayYear } from "../calendar/official-holidays.js";
import { buildWorkingCalendar } from "../calendar/working-calendar.js";
import { type SwapRequestInput, checkSwapRequest } from "./swap-rules.js";

const calendar = buildWorkingCalendar([officialHolidayYear(2026)!]);
const base: SwapRequestInput = { date: "2026-03-12", filedOn: "2026-03-10", requesterId: "a", withUserId: "b", fromShift: "day", toShift: "day", exception: false, swapsThisMonth: 0 };

describe("P-06 shift swaps", () => {
  const table: Array<[string, Partial<SwapRequestInput>, string[], string[]]> = [
    ["P-06 two days ahead, day for day", {}, [], []],
    ["P-06 the next working day is 1 working day ahead", { date: "2026-03-11" }, [], []],
    ["P-06 the same day is too short", { date: "2026-03-10" }, ["swap_notice_too_short"], []],
    ["P-06 filed on Friday for Saturday is too short (the next working day is Monday)", { filedOn: "2026-03-13", date: "2026-03-14" }, ["swap_notice_too_short"], []],
    ["P-06 filed on Friday for Monday", { filedOn: "2026-03-13", date: "2026-03-16" }, [], []],
    ["P-06 day staff do not swap with night staff", { toShift: "night" }, ["swap_day_night"], []],
    ["P-06 day↔night as an exception is shown to the approver", { toShift: "night", exception: true }, [], ["swap_day_night_exception"]],
    ["P-06 the third swap of the month is a warning the approver sees", { swapsThisMonth: 2 }, [], ["swap_monthly_limit"]],
    ["P-06 the second swap of the month is fine", { swapsThisMonth: 1 }, [], []],
    ["no swap with oneself", { withUserId: "a" }, ["swap_with_self"], []],
  ];
  it.each(table)("%s", (_n, over, violations, warnings) => {
    const r = checkSwapRequest({ ...base, ...over }, calendar);
    expect(r.violations).toEqual(violations);
    expect(r.warnings).toEqual(warnings);
  });
});
