import { describe, expect, it } from "vitest";
import { assertExitMayClose, checkExitNotice, oneMonthAfter, openExitItems } from "./staff-exit.js";

describe("P-15 one month's notice", () => {
  it.each([
    ["2026-03-10", "2026-04-10"],
    ["2026-01-31", "2026-02-28"],
    ["2026-12-15", "2027-01-15"],
  ])("one month after %s is %s", (d, expected) => expect(oneMonthAfter(d)).toBe(expected));

  it.each([
    ["P-15 a full month is no warning", "2026-03-10", "2026-04-10", []],
    ["P-15 less than a month is short notice", "2026-03-10", "2026-04-09", ["short_notice"]],
  ])("%s", (_n, notice, last, warnings) => expect(checkExitNotice(notice, last).warnings).toEqual(warnings));

  it("P-15 a last day before the notice is refused", () => {
    expect(() => checkExitNotice("2026-03-10", "2026-03-09")).toThrow(expect.objectContaining({ code: "exit_last_day_before_notice" }));
  });
});

describe("P-15 hand-over checklist before the account is closed", () => {
  const done = { doneAt: "2026-03-10T02:00:00.000Z", doneBy: "u1", note: null };
  it.each([
    ["nothing done: every item open", {}, ["workHandover", "materials", "seals", "property"]],
    ["seals still held", { workHandover: done, materials: done, property: done }, ["seals"]],
    ["all done", { workHandover: done, materials: done, seals: done, property: done }, []],
  ])("%s", (_n, checklist, open) => expect(openExitItems(checklist)).toEqual(open));

  it("P-15 closing with open items is refused", () => {
    expect(() => assertExitMayClose({ workHandover: done })).toThrow(expect.objectContaining({ code: "exit_checklist_open" }));
    expect(() => assertExitMayClose({ workHandover: done, materials: done, seals: done, property: done })).not.toThrow();
  });
});
