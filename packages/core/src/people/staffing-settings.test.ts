import { describe, expect, it } from "vitest";
import { DEFAULT_PEAK_FACTOR, checkStaffingSettings, staffingKindOf, staffingSettingsOf } from "./staffing-settings.js";
import { peakIntervals } from "./forecast.js";

describe("issue 14 item 3 / Q-07 / 003-1 Art.60 staffing settings per unit (defaults = the former constants)", () => {
  it.each([
    ["nothing stored at a counter: 0.3 shrinkage, 600 s, 1.5 × average, counter targets (Q-07)", null, false, { shrinkage: 0.3, defaultAhtSeconds: 600, peakFactor: 1.5, callCentre: false }],
    ["nothing stored at a 7×24 unit: a call centre (Art.60)", null, true, { shrinkage: 0.3, defaultAhtSeconds: 600, peakFactor: 1.5, callCentre: true }],
    ["a stored figure wins, the others stay default", { shrinkage: 0.2, defaultAhtSeconds: null, peakFactor: null, callCentre: null }, false, { shrinkage: 0.2, defaultAhtSeconds: 600, peakFactor: 1.5, callCentre: false }],
    ["a 7×24 unit set to staff as a counter", { shrinkage: null, defaultAhtSeconds: 300, peakFactor: 2, callCentre: false }, true, { shrinkage: 0.3, defaultAhtSeconds: 300, peakFactor: 2, callCentre: false }],
  ] as const)("%s", (_n, stored, alwaysOpen, want) => expect(staffingSettingsOf(stored, { alwaysOpen })).toEqual(want));

  it("the kind of targets follows the call-centre setting", () => {
    expect(staffingKindOf({ callCentre: true })).toBe("callCentre");
    expect(staffingKindOf({ callCentre: false })).toBe("counter");
  });

  it.each([
    ["defaults are valid", { shrinkage: 0.3, defaultAhtSeconds: 600, peakFactor: DEFAULT_PEAK_FACTOR, callCentre: false }, []],
    ["shrinkage 0.95 is out of range", { shrinkage: 0.95, defaultAhtSeconds: 600, peakFactor: 1.5, callCentre: false }, ["shrinkage_out_of_range"]],
    ["handling time 5 s and peak factor 0.8 are out of range", { shrinkage: 0, defaultAhtSeconds: 5, peakFactor: 0.8, callCentre: true }, ["aht_out_of_range", "peak_factor_out_of_range"]],
  ] as const)("%s", (_n, s, want) => expect(checkStaffingSettings(s)).toEqual(want));

  it("Q-07 the peak factor decides which half hours are peak", () => {
    const a = new Map([["09:00", 10], ["09:30", 20], ["10:00", 30]]); // average 20
    expect([...peakIntervals(a)]).toEqual(["10:00"]); // ≥ 30 (1.5 ×)
    expect([...peakIntervals(a, 1.2)].sort()).toEqual(["10:00"]); // ≥ 24
    expect([...peakIntervals(a, 1)].sort()).toEqual(["09:30", "10:00"]);
  });
});
