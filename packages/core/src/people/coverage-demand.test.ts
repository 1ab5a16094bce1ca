import { describe, expect, it } from "vitest";
import { coverageDemand } from "./coverage-demand.js";
import { requiredAgents } from "./erlang-c.js";
import { staffingSettingsOf } from "./staffing-settings.js";

const counter = staffingSettingsOf(null, { alwaysOpen: false });
const centre = staffingSettingsOf(null, { alwaysOpen: true });

describe("P-05 coverage requirement from staffing (Erlang C per half hour and skill)", () => {
  it("a date without a forecast gives no rows (the roster falls back to template minimums)", () => {
    expect(coverageDemand([{ date: "2026-03-16", intervals: [] }, { date: "2026-03-17", intervals: [{ businessType: "claim", start: "09:00", arrivals: 0 }] }], counter, 600, [])).toEqual([]);
  });

  it("all arrivals of a half hour together (anyone), and a skill of the model on its own arrivals (P-02)", () => {
    const rows = coverageDemand(
      [{ date: "2026-03-16", intervals: [{ businessType: "claim", start: "09:00", arrivals: 10 }, { businessType: "policy_service", start: "09:00", arrivals: 4 }, { businessType: "claim", start: "09:30", arrivals: 2 }] }],
      counter,
      600,
      ["policy_service"],
    );
    // the 09:00 half hour (14 of 8 on average) is ≥ 1.5 × average → peak (30 min); 09:30 is not (15 min)
    const all9 = requiredAgents({ arrivals: 14, intervalMinutes: 30, ahtSeconds: 600, target: { kind: "averageWait", seconds: 1800 }, shrinkage: 0.3 }).agents;
    const all930 = requiredAgents({ arrivals: 2, intervalMinutes: 30, ahtSeconds: 600, target: { kind: "averageWait", seconds: 900 }, shrinkage: 0.3 }).agents;
    const ps9 = requiredAgents({ arrivals: 4, intervalMinutes: 30, ahtSeconds: 600, target: { kind: "averageWait", seconds: 1800 }, shrinkage: 0.3 }).agents;
    expect(rows).toEqual([
      { date: "2026-03-16", start: "09:00", skill: null, required: all9 },
      { date: "2026-03-16", start: "09:00", skill: "policy_service", required: ps9 },
      { date: "2026-03-16", start: "09:30", skill: null, required: all930 },
    ]);
  });

  it("a 7×24 call centre: 003-1 Art.60 80 % answered within 10 s, grossed up by the unit's shrinkage", () => {
    const rows = coverageDemand([{ date: "2026-03-16", intervals: [{ businessType: "call", start: "02:00", arrivals: 20 }] }], { ...centre, shrinkage: 0.5 }, 180, []);
    const onPost = requiredAgents({ arrivals: 20, intervalMinutes: 30, ahtSeconds: 180, target: { kind: "serviceLevel", seconds: 10, percent: 80 }, shrinkage: 0 }).agentsOnPost;
    expect(rows).toEqual([{ date: "2026-03-16", start: "02:00", skill: null, required: Math.ceil(onPost / 0.5) }]);
  });
});
