import { describe, expect, it } from "vitest";
import { averageArrivals, forecastBasisDays, halfHourOf, peakIntervals, staffDay, staffingTarget } from "./forecast.js";

describe("forecast basis: same weekday over recent weeks, holiday-aware", () => {
  const holidays = new Set(["2026-02-17", "2026-02-16", "2026-01-01", "2025-10-01"]);
  const isHoliday = (d: string) => holidays.has(d);
  it.each([
    ["2026-03-17", "2026-03-10", 4, ["2026-03-03", "2026-02-24", "2026-02-10", "2026-02-03"]],
    ["2026-03-10", "2026-03-10", 2, ["2026-03-03", "2026-02-24"]],
    ["2026-03-24", "2026-03-11", 2, ["2026-03-10", "2026-03-03"]],
    ["2026-04-05", "2026-03-10", 3, ["2026-03-08", "2026-03-01", "2026-02-22"]],
  ] as const)("%s (today %s, %i weeks) → %j", (date, today, weeks, basis) => expect(forecastBasisDays(date, today, weeks, isHoliday)).toEqual(basis));
  it("a holiday is forecast from the most recent holidays", () => {
    holidays.add("2026-04-05");
    expect(forecastBasisDays("2026-04-05", "2026-03-10", 3, isHoliday)).toEqual(["2026-02-17", "2026-02-16", "2026-01-01"]);
  });
});

describe("arrivals per business type and half hour", () => {
  it.each([
    ["09:00", "09:00"],
    ["09:29", "09:00"],
    ["09:30", "09:30"],
    ["9:45", "09:30"],
  ])("%s is in the half hour of %s", (t, h) => expect(halfHourOf(t)).toBe(h));
  it("averages over the basis days, days without tickets count as zero", () => {
    const r = averageArrivals(
      [
        { date: "2026-03-03", businessType: "claim", start: "09:00", count: 4 },
        { date: "2026-02-24", businessType: "claim", start: "09:00", count: 2 },
        { date: "2026-03-03", businessType: "policy_service", start: "09:00", count: 3 },
        { date: "2026-03-04", businessType: "claim", start: "09:00", count: 99 },
      ],
      ["2026-03-03", "2026-02-24", "2026-02-17"],
    );
    expect(r).toEqual([
      { businessType: "claim", start: "09:00", arrivals: 2 },
      { businessType: "policy_service", start: "09:00", arrivals: 1 },
    ]);
  });
});

describe("staffing a day (Q-07, 003-1 Art.60)", () => {
  it.each([
    ["counter", false, { kind: "averageWait", seconds: 900 }],
    ["counter", true, { kind: "averageWait", seconds: 1800 }],
    ["callCentre", false, { kind: "serviceLevel", seconds: 10, percent: 80 }],
  ] as const)("%s peak=%s → %j", (kind, peak, target) => expect(staffingTarget(kind, peak)).toEqual(target));
  it("a peak half hour has at least 1.5 × the day's average", () => {
    expect([...peakIntervals(new Map([["09:00", 10], ["09:30", 30], ["10:00", 10], ["10:30", 0]]))]).toEqual(["09:30"]);
  });
  it("required staff per interval grossed up for shrinkage; no arrivals need nobody", () => {
    const r = staffDay(new Map([["09:00", 10], ["09:30", 0]]), "counter", 720, 0.2);
    expect(r[0]).toMatchObject({ start: "09:00", peak: false, targetSeconds: 900 });
    expect(r[0]!.agents).toBe(Math.ceil(r[0]!.agentsOnPost / 0.8 - 1e-9));
    expect(r[1]).toMatchObject({ agents: 0, agentsOnPost: 0 });
  });
});
