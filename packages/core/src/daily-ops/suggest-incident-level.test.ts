import { describe, expect, it } from "vitest";
import { incidentReportingChain, suggestIncidentLevel } from "./suggest-incident-level.js";

const none = { surrenderCount: 0, surrenderAmountFen: 0, gatheringCount: 0, deaths: 0, countersAffected: 0, naturalDisaster: false };

describe("D-09 incident level I suggestion from facts", () => {
  it.each([
    [{}, null, []],
    [{ surrenderCount: 99 }, null, []],
    [{ surrenderCount: 100 }, "I", ["mass_surrender_count"]],
    [{ surrenderAmountFen: 100_000_000 * 100 }, null, []],
    [{ surrenderAmountFen: 100_000_000 * 100 + 1 }, "I", ["mass_surrender_amount"]],
    [{ gatheringCount: 49 }, null, []],
    [{ gatheringCount: 50 }, "I", ["gathering"]],
    [{ deaths: 1 }, "I", ["death"]],
    [{ naturalDisaster: true, countersAffected: 1 }, null, []],
    [{ naturalDisaster: false, countersAffected: 5 }, null, []],
    [{ naturalDisaster: true, countersAffected: 2 }, "I", ["natural_disaster_several_counters"]],
    [{ surrenderCount: 150, gatheringCount: 60 }, "I", ["mass_surrender_count", "gathering"]],
  ])("%o → %s %o", (facts, level, matched) => {
    expect(suggestIncidentLevel({ ...none, ...facts })).toEqual({ level, matched });
  });

  it("D-09 level I is reported to HQ, province and local heads; lower levels stay local", () => {
    expect(incidentReportingChain("I")).toEqual(["hq", "province", "local"]);
    expect(incidentReportingChain("III")).toEqual(["local"]);
  });
});
