import { describe, expect, it } from "vitest";
import { fitnessNoteMissing, fitnessOn, mayTakeWindow, weekStartOf, weeksWithoutTeamMeeting } from "./shift-fitness.js";

const checks = [
  { userId: "a", businessDate: "2026-03-10", verdict: "unfit", checkedAt: "2026-03-10T00:40:00Z" },
  { userId: "b", businessDate: "2026-03-10", verdict: "unfit", checkedAt: "2026-03-10T00:40:00Z" },
  { userId: "b", businessDate: "2026-03-10", verdict: "fit", checkedAt: "2026-03-10T05:00:00Z" },
  { userId: "c", businessDate: "2026-03-10", verdict: "fit", checkedAt: "2026-03-10T00:40:00Z" },
] as const;

describe("D-12 pre-shift fitness for duty", () => {
  it.each([
    ["a person judged unfit may not take a window that day", "a", "2026-03-10", "unfit", false],
    ["the unfit verdict does not carry to the next day", "a", "2026-03-11", null, true],
    ["a later fit verdict the same day lets the person back", "b", "2026-03-10", "fit", true],
    ["a fit person signs in", "c", "2026-03-10", "fit", true],
    ["a person not checked is not refused", "d", "2026-03-10", null, true],
  ] as const)("D-12 %s", (_n, user, date, verdict, may) => {
    expect(fitnessOn(checks, user, date)).toBe(verdict);
    expect(mayTakeWindow(checks, user, date)).toBe(may);
  });
  it.each([
    ["unfit", "", true],
    ["unfit", "发烧 38.5℃", false],
    ["fit", undefined, false],
  ] as const)("D-12 an unfit verdict needs a note (%s, %s)", (v, note, missing) => {
    expect(fitnessNoteMissing(v, note)).toBe(missing);
  });
});

describe("D-12 a weekly team meeting", () => {
  it.each([
    ["2026-03-09", "2026-03-09"],
    ["2026-03-15", "2026-03-09"],
    ["2026-03-10", "2026-03-09"],
  ])("D-12 week of %s starts %s", (d, monday) => expect(weekStartOf(d)).toBe(monday));
  it.each([
    ["every week held", ["2026-03-03", "2026-03-12", "2026-03-20"], "2026-03-02", "2026-03-22", []],
    ["one week missed", ["2026-03-03", "2026-03-20"], "2026-03-02", "2026-03-22", ["2026-03-09"]],
    ["none held", [], "2026-03-04", "2026-03-10", ["2026-03-02", "2026-03-09"]],
  ] as const)("D-12 %s", (_n, held, from, to, missing) => {
    expect(weeksWithoutTeamMeeting(held, from, to)).toEqual(missing);
  });
});
