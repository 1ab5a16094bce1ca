import { describe, expect, it } from "vitest";
import { type PeakPeriods, defaultPeakPeriods, evaluateSatisfaction, evaluateWaitTarget, peakPeriodAt } from "./wait-targets.js";

const none: PeakPeriods = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const periods: PeakPeriods = { ...none, tue: [["09:00", "11:00"]] };

describe("Q-07 peak periods per counter", () => {
  it("Q-07 default peaks are the counter's own busiest hours", () => {
    const tue = Array.from({ length: 24 }, () => 0);
    tue[9] = 20;
    tue[10] = 18;
    tue[11] = 6;
    tue[14] = 17;
    const p = defaultPeakPeriods({ tue });
    expect(p.tue).toEqual([["09:00", "11:00"], ["14:00", "15:00"]]);
    expect(p.mon).toEqual([]);
  });
  it("a weekday with no history has no peak", () => expect(defaultPeakPeriods({}).wed).toEqual([]));
  it("the period containing a time", () => {
    expect(peakPeriodAt(periods, "tue", "10:59")).toEqual(["09:00", "11:00"]);
    expect(peakPeriodAt(periods, "tue", "11:00")).toBeNull();
  });
});

describe("Q-07 average wait against 15 minutes off-peak and 30 at peak", () => {
  const rows: Array<[string, string, Array<[string, number]>, string | null]> = [
    ["Q-07 off-peak average 16 min breaks the 15-minute target", "14:00", [["13:00", 16 * 60], ["13:30", 16 * 60]], "offpeak_wait_exceeded"],
    ["Q-07 off-peak average 10 min is fine", "14:00", [["13:00", 10 * 60]], null],
    ["Q-07 off-peak 13 min warns before the target", "14:00", [["13:00", 13 * 60]], "offpeak_wait_near_target"],
    ["Q-07 peak average 20 min is within the 30-minute target", "10:00", [["09:10", 20 * 60], ["09:20", 20 * 60]], null],
    ["Q-07 peak average 31 min breaks the 30-minute target", "10:00", [["09:10", 31 * 60]], "peak_wait_exceeded"],
    ["Q-07 off-peak waits do not count in the peak", "10:00", [["08:30", 60 * 60], ["09:10", 5 * 60]], null],
    ["no tickets: nothing to judge", "10:00", [], null],
  ];
  for (const [name, now, samples, kind] of rows) {
    it(name, () => {
      const r = evaluateWaitTarget({ weekday: "tue", nowLocal: now, periods, samples: samples.map(([issuedAt, waitSeconds]) => ({ issuedAt, waitSeconds })) });
      expect(r.alert?.kind ?? null).toBe(kind);
    });
  }
});

describe("Q-09 satisfaction target", () => {
  it("Q-09 below 90% raises an alert", () => expect(evaluateSatisfaction([5, 5, 5, 5, 5, 5, 5, 5, 3, 2]).alert?.kind).toBe("satisfaction_below_target"));
  it("Q-09 at 90% is fine", () => expect(evaluateSatisfaction([5, 5, 5, 5, 5, 5, 5, 5, 5, 2]).alert).toBeNull());
  it("Q-09 the target is a setting", () => expect(evaluateSatisfaction([5, 5, 5, 5, 2], 75).alert).toBeNull());
  it("no ratings: no alert", () => expect(evaluateSatisfaction([]).percent).toBeNull());
});
