import { describe, expect, it } from "vitest";
import { averageWaitSeconds, erlangC, requiredAgents, serviceLevel } from "./erlang-c.js";

describe("Erlang C against the published table (10 Erlangs offered)", () => {
  // probability of waiting, 10 Erlangs: the classic Erlang C table values
  it.each([
    [11, 0.6821],
    [12, 0.4494],
    [13, 0.2853],
    [14, 0.1741],
    [15, 0.1020],
  ])("%i agents wait probability %f", (n, p) => expect(erlangC(10, n)).toBeCloseTo(p, 3));
  it("no more agents than traffic: everyone waits", () => expect(erlangC(10, 10)).toBe(1));
});

describe("staffing an interval", () => {
  it("the textbook interval: 100 calls in 30 minutes, 180 s handling, 80 % in 20 s → 14 agents at 88.8 % (13 give 79.6 %)", () => {
    const r = requiredAgents({ arrivals: 100, intervalMinutes: 30, ahtSeconds: 180, target: { kind: "serviceLevel", seconds: 20, percent: 80 }, shrinkage: 0 });
    expect(r.agentsOnPost).toBe(14);
    expect(r.serviceLevel).toBeCloseTo(0.888, 3);
    expect(serviceLevel(10, 13, 180, 20)).toBeCloseTo(0.7956, 3);
    expect(r.averageWaitSeconds).toBeCloseTo((0.1741 * 180) / 4, 0);
    expect(r.occupancy).toBeCloseTo(10 / 14, 5);
  });
  it("shrinkage grosses up the agents to schedule", () => {
    const r = requiredAgents({ arrivals: 100, intervalMinutes: 30, ahtSeconds: 180, target: { kind: "serviceLevel", seconds: 20, percent: 80 }, shrinkage: 0.3 });
    expect(r.agents).toBe(Math.ceil(14 / 0.7));
  });
  it("Q-07 a counter: average wait within 15 minutes", () => {
    // 20 customers an hour at a counter, 12 minutes each: 4 Erlangs
    const r = requiredAgents({ arrivals: 10, intervalMinutes: 30, ahtSeconds: 720, target: { kind: "averageWait", seconds: 900 }, shrinkage: 0 });
    expect(r.averageWaitSeconds).toBeLessThanOrEqual(900);
    expect(averageWaitSeconds(4, r.agentsOnPost - 1, 720)).toBeGreaterThan(900);
  });
  it("call centre 003-1 Art.60: answered within 10 seconds", () => {
    const r = requiredAgents({ arrivals: 360, intervalMinutes: 30, ahtSeconds: 240, target: { kind: "serviceLevel", seconds: 10, percent: 80 }, shrinkage: 0 });
    expect(r.agentsOnPost).toBeGreaterThan(48);
    expect(serviceLevel(48, r.agentsOnPost - 1, 240, 10)).toBeLessThan(0.8);
  });
  it("no arrivals need nobody", () => expect(requiredAgents({ arrivals: 0, intervalMinutes: 30, ahtSeconds: 180, target: { kind: "averageWait", seconds: 900 }, shrinkage: 0.2 }).agents).toBe(0));
});
