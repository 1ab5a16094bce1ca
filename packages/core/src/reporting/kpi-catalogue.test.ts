import { describe, expect, it } from "vitest";
import { targetStatus, trendOf } from "./evaluate-kpi.js";
import { KPI_CATALOGUE, type KpiId, kpiDefinition, kpiValue } from "./kpi-catalogue.js";
import { ticketFacts } from "./ticket-facts.js";
import { type UnitFacts, emptyFacts, sumFacts } from "./unit-facts.js";

const facts = (patch: Partial<UnitFacts>): UnitFacts => ({ ...emptyFacts(), ...patch });

describe("I-04 KPI catalogue: one definition per indicator", () => {
  it("every indicator has a name in both languages, a formula, a unit and a rule id", () => {
    const ids = new Set<string>();
    for (const k of KPI_CATALOGUE) {
      expect(ids.has(k.id)).toBe(false);
      ids.add(k.id);
      expect(k.nameZh).toMatch(/[\u4e00-\u9fa5]/);
      expect(k.nameEn.length).toBeGreaterThan(3);
      expect(k.formula.length).toBeGreaterThan(3);
      expect(k.ruleId).toMatch(/^[A-Z]+-\d\d$/);
    }
  });

  const rows: Array<[string, KpiId, Partial<UnitFacts>, number | null]> = [
    ["Q-07 average wait: 3 calls waiting 30 min in all → 10.0", "avgWaitMinutes", { waitSecondsSum: 1800, ticketsCalled: 3 }, 10],
    ["Q-07 average wait without calls is no data", "avgWaitMinutes", {}, null],
    ["Q-06 average handling 7.5 min", "avgServiceMinutes", { serviceSecondsSum: 900, servicesTimed: 2 }, 7.5],
    ["Q-09 satisfaction 9 of 10 → 90.0 %", "satisfactionRate", { ratings: 10, ratingsSatisfied: 9 }, 90],
    ["Q-09 satisfaction 2 of 3 → 66.7 %", "satisfactionRate", { ratings: 3, ratingsSatisfied: 2 }, 66.7],
    ["C-06 on-time replies 3 on time, 1 late → 75 %", "onTimeReplyRate", { repliesOnTime: 3, repliesLate: 1 }, 75],
    ["C-10 callbacks 1 of 2 → 50 %", "callbackRate", { callbacksDue: 2, callbacksDone: 1 }, 50],
    ["D-02 patrol scores 95.0 and 85.0 → 90.0", "inspectionAvgScore", { inspections: 2, inspectionScoreSum: 1800 }, 90],
    ["D-06 daily close on 4 of 5 service days → 80 %", "dailyCloseRate", { serviceDays: 5, dailyCloses: 4 }, 80],
    ["D-06 no service day → no data", "dailyCloseRate", { dailyCloses: 1 }, null],
    ["Q-04 no-show 1 of 4 called → 25 %", "noShowRate", { ticketsNoShow: 1, ticketsCalled: 4 }, 25],
    ["Q-02 tickets issued is a plain count", "ticketsIssued", { ticketsIssued: 42 }, 42],
  ];
  it.each(rows)("%s", (_name, id, patch, expected) => expect(kpiValue(id, facts(patch))).toBe(expected));

  it("Q-07 peak hour: the local hour with the highest average wait", () => {
    const f = emptyFacts();
    f.hours[9] = { issued: 2, called: 2, waitSecondsSum: 2 * 20 * 60, served: 2, serviceSecondsSum: 0 };
    f.hours[14] = { issued: 1, called: 1, waitSecondsSum: 35 * 60, served: 1, serviceSecondsSum: 0 };
    expect(kpiValue("peakHourWaitMinutes", f)).toBe(35);
  });
});

describe("I-04 roll-up: indicators of a city are recomputed from its counters' facts, never averaged", () => {
  it("Q-09 satisfaction of 1/1 and 1/3 is 2/4 = 50 %, not the mean of 100 % and 33 %", () => {
    const city = sumFacts([facts({ ratings: 1, ratingsSatisfied: 1 }), facts({ ratings: 3, ratingsSatisfied: 1 })]);
    expect(kpiValue("satisfactionRate", city)).toBe(50);
  });
  it("the longest wait is combined by max", () => {
    expect(sumFacts([facts({ maxWaitSeconds: 60 }), facts({ maxWaitSeconds: 90 })]).maxWaitSeconds).toBe(90);
  });
});

describe("Q-06 Q-07 Q-09 facts of tickets (same definitions as the counter statistics)", () => {
  const at = (hm: string) => `2026-03-10T${hm}:00.000Z`; // Asia/Shanghai = UTC+8
  const f = ticketFacts(
    [
      { status: "finished", originalIssuedAt: at("01:00"), calledAt: at("01:10"), startedAt: at("01:11"), finishedAt: at("01:31"), transferredFromId: null, rating: 5 },
      { status: "finished", originalIssuedAt: at("01:05"), calledAt: at("01:25"), startedAt: at("01:25"), finishedAt: at("01:30"), transferredFromId: null, rating: 3 },
      { status: "noShow", originalIssuedAt: at("06:00"), calledAt: at("06:02"), startedAt: null, finishedAt: null, transferredFromId: null, rating: null },
      { status: "finished", originalIssuedAt: at("01:00"), calledAt: at("01:40"), startedAt: at("01:40"), finishedAt: at("01:45"), transferredFromId: "t0", rating: null },
    ],
    { waitTargetMinutes: 15, handlingLimitMinutes: 15, timeZone: "Asia/Shanghai" },
  );
  it("a transfer is not a newly issued ticket, but its wait (from the original issue) counts", () => {
    expect(f.ticketsIssued).toBe(3);
    expect(f.ticketsCalled).toBe(4);
    expect(f.waitSecondsSum).toBe((10 + 20 + 2 + 40) * 60);
    expect(f.maxWaitSeconds).toBe(40 * 60);
  });
  it("Q-07 waits within 15 minutes; Q-06 services within 15 minutes; Q-09 satisfied = 4 or 5", () => {
    expect(f.waitsWithinTarget).toBe(2);
    expect(f.servicesTimed).toBe(3);
    expect(f.servicesWithinLimit).toBe(2);
    expect([f.ratings, f.ratingsSatisfied]).toEqual([2, 1]);
    expect(f.ticketsNoShow).toBe(1);
  });
  it("hours are the unit's local hours of the original issue", () => {
    expect(f.hours[9]!.issued).toBe(2);
    expect(f.hours[9]!.called).toBe(3);
    expect(f.hours[14]!.issued).toBe(1);
  });
});

describe("targets and the previous period", () => {
  const wait = kpiDefinition("avgWaitMinutes");
  const sat = kpiDefinition("satisfactionRate");
  const issued = kpiDefinition("ticketsIssued");
  const rows: Array<[string, ReturnType<typeof targetStatus>, ReturnType<typeof targetStatus>]> = [
    ["Q-07 15.0 minutes meets ≤ 15", targetStatus(wait, 15), "met"],
    ["Q-07 15.1 minutes misses ≤ 15", targetStatus(wait, 15.1), "missed"],
    ["Q-09 89.9 % misses ≥ 90 %", targetStatus(sat, 89.9), "missed"],
    ["Q-09 90 % meets ≥ 90 %", targetStatus(sat, 90), "met"],
    ["a unit's own target replaces the default", targetStatus(sat, 92, 95), "missed"],
    ["a volume is never judged", targetStatus(issued, 10), "noTarget"],
    ["no data", targetStatus(sat, null), "noData"],
  ];
  it.each(rows)("%s", (_n, got, want) => expect(got).toBe(want));
  it("a shorter wait than last period is better; lower satisfaction is worse", () => {
    expect(trendOf(wait, 10, 12)).toBe("better");
    expect(trendOf(sat, 88, 91)).toBe("worse");
    expect(trendOf(issued, 5, 3)).toBe("noComparison");
    expect(trendOf(sat, 90, null)).toBe("noComparison");
  });
});
