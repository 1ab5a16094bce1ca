import { describe, expect, it } from "vitest";
import { DEFAULT_ROSTER_RULES, type RosterInput, buildRosterModel, coversHalfHour, checkRoster, coversNoon, isNightShift, readRosterSolution, restBetween, shiftWorkHours } from "./roster-model.js";

const day = { code: "D", start: "08:30", end: "17:30", minStaff: 1, skill: null, days: ["mon", "tue", "wed", "thu", "fri"] as const };
const night = { code: "N", start: "20:00", end: "08:00", minStaff: 1, skill: null, days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const };
const early = { code: "E", start: "07:00", end: "15:00", minStaff: 1, skill: "policy_service", days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const };

describe("P-05 shift arithmetic", () => {
  it.each([
    ["P-05 a 9-hour day shift works 8 hours (30 min meal + 30 min break after 6 h)", day, 8],
    ["P-05 a 12-hour night shift works 11 hours", night, 11],
    ["a 5-hour shift has no break", { start: "12:00", end: "17:00" }, 5],
  ])("%s", (_n, t, h) => expect(shiftWorkHours(t)).toBe(h));
  it("night shifts cross midnight; CAL-03 noon cover; rest between shifts", () => {
    expect(isNightShift(night)).toBe(true);
    expect(isNightShift(day)).toBe(false);
    expect(coversNoon(day)).toBe(true);
    expect(coversNoon(night)).toBe(false);
    expect(coversNoon({ start: "13:30", end: "17:30" })).toBe(false);
    expect(restBetween(night, day)).toBe(0.5);
    expect(restBetween(day, early)).toBe(13.5);
  });
});

describe("P-05 hard rules on a roster (the live check of an edit)", () => {
  const input: RosterInput = {
    dates: ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15", "2026-03-16"],
    templates: [{ ...day, days: [...day.days] }, { ...night, days: [...night.days] }, { ...early, days: [...early.days] }],
    people: [
      { userId: "a", skills: ["policy_service"], unavailable: ["2026-03-12"] },
      { userId: "b", skills: [], unavailable: [] },
    ],
    rules: { ...DEFAULT_ROSTER_RULES },
  };
  it.each([
    ["a clean roster", [{ userId: "a", date: "2026-03-09", shiftCode: "D" }], []],
    ["one shift a day", [{ userId: "a", date: "2026-03-09", shiftCode: "D" }, { userId: "a", date: "2026-03-09", shiftCode: "E" }], ["one_shift_a_day"]],
    ["P-07 approved leave", [{ userId: "a", date: "2026-03-12", shiftCode: "D" }], ["on_leave"]],
    ["P-02 skill / certificate", [{ userId: "b", date: "2026-03-09", shiftCode: "E" }], ["skill_or_certificate"]],
    ["P-05 11 hours of rest: night then day", [{ userId: "b", date: "2026-03-09", shiftCode: "N" }, { userId: "b", date: "2026-03-10", shiftCode: "D" }], ["rest_between_shifts"]],
    ["a day shift does not run on Saturday", [{ userId: "b", date: "2026-03-14", shiftCode: "D" }], ["shift_not_running"]],
    [
      "P-05 at most 6 consecutive days (and 40 h a week on average)",
      ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15"].map((date) => ({ userId: "b", date, shiftCode: "N" })),
      ["max_consecutive_days", "weekly_hours"],
    ],
  ] as const)("%s", (_n, assignments, rules) => {
    expect(checkRoster(input, assignments).map((v) => v.rule)).toEqual(rules);
  });

  it("the model offers only qualified, available people and explains a shortfall", () => {
    const model = buildRosterModel(input);
    expect(model.columns.has("x_1_0_2")).toBe(false); // b lacks policy_service
    expect(model.columns.has("x_0_3_0")).toBe(false); // a on leave on the 12th
    expect(model.lp).toContain("rest_");
    // nobody assigned, every slack at its demand: E on the 12th has nobody qualified
    const solution = readRosterSolution(input, model, (c) => (c.startsWith("u_") ? 1 : 0));
    expect(solution.assignments).toEqual([]);
    expect(solution.uncovered.find((u) => u.date === "2026-03-12" && u.shiftCode === "E")).toMatchObject({ missing: 1, reason: "not_enough_qualified" });
    expect(solution.uncovered.find((u) => u.date === "2026-03-09" && u.shiftCode === "D")).toMatchObject({ reason: "rules_limit" });
  });
});

const coversHalfHourOf = (t: { start: string; end: string }, start: string, offset: 0 | 1) => coversHalfHour(t, Number(start.slice(0, 2)) * 60 + Number(start.slice(3)), offset);

describe("P-05 coverage from staffing per half hour (issue 14 rest item 1)", () => {
  const dates = ["2026-03-16", "2026-03-17"];
  const input: RosterInput = {
    dates,
    templates: [{ ...day, days: [...day.days] }, { ...night, days: [...night.days] }],
    people: [
      { userId: "a", skills: ["policy_service"], unavailable: [] },
      { userId: "b", skills: [], unavailable: ["2026-03-16"] },
    ],
    rules: DEFAULT_ROSTER_RULES,
    // the 16th has a forecast; the 17th has none (template minimums)
    demand: [
      { date: "2026-03-16", start: "09:00", skill: null, required: 2 },
      { date: "2026-03-16", start: "09:30", skill: null, required: 2 },
      { date: "2026-03-16", start: "10:00", skill: "policy_service", required: 2 },
      { date: "2026-03-16", start: "23:30", skill: null, required: 1 },
    ],
  };

  it.each([
    ["a day shift 08:30–17:30 covers 09:00 of its day", day, "09:00", 0, true],
    ["… not 08:00 (only half of it)", day, "08:00", 0, false],
    ["a night shift 20:00–08:00 covers 23:30 of its day", night, "23:30", 0, true],
    ["… and 07:30 of the next day", night, "07:30", 1, true],
    ["… but not 08:00 of the next day", night, "08:00", 1, false],
  ] as const)("%s", (_n, t, start, offset, want) => expect(coversHalfHourOf(t, start, offset)).toBe(want));

  it("a date with a forecast is covered per half hour and skill; a date without by the template minimums", () => {
    const m = buildRosterModel(input);
    expect(m.lp).toMatch(/ dem_0: /);
    // 09:00 and 09:30 are covered by the same shifts: one row (the larger requirement) stands for both
    expect(m.lp).not.toMatch(/ dem_1: /);
    expect(m.lp).toMatch(/ dem_2: .* >= 2/);
    expect(m.lp).not.toMatch(/ cov_0_/); // the 16th: no template minimums
    expect(m.lp).toMatch(/ cov_1_/); // the 17th: template minimums
    // P-02 only the skilled person counts for policy servicing at 10:00
    const dem2 = m.lp.split("\n").find((l) => l.startsWith(" dem_2:"))!;
    expect(dem2).toContain("x_0_0_0");
    expect(dem2).not.toContain("x_1_");
  });

  it("uncovered half hours name the interval and the shortfall, adjacent ones read as one span", () => {
    const m = buildRosterModel(input);
    // a works the day shift of the 16th; the shortfalls are counted from the assignments half hour by half hour
    const values: Record<string, number> = { x_0_0_0: 1 };
    const { uncovered } = readRosterSolution(input, m, (c) => values[c] ?? 0);
    expect(uncovered).toEqual([
      // b is on leave on the 16th: only a is there for 2 required
      { date: "2026-03-16", shiftCode: null, from: "09:00", to: "10:00", missing: 1, reason: "not_enough_qualified", skill: null, required: 2 },
      { date: "2026-03-16", shiftCode: null, from: "10:00", to: "10:30", missing: 1, reason: "not_enough_qualified", skill: "policy_service", required: 2 },
      { date: "2026-03-16", shiftCode: null, from: "23:30", to: "00:00", missing: 1, reason: "rules_limit", skill: null, required: 1 },
    ]);
  });
});
