import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.js";
import { type PlannedSlot, dutyNow, validateDutySlot } from "./duty-plan.js";
import { type LeadFact, compileMarketingResults, nextSubmissionState, validateMarketingPeriod } from "./marketing-results.js";

const code = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : "other";
  }
};

describe("M-01 duty slots within business hours", () => {
  const frames: Array<[string, string]> = [["08:30", "12:00"], ["13:30", "17:30"]];
  const day: PlannedSlot[] = [{ id: "s1", agentId: "a", startsAt: "09:00", endsAt: "11:00" }];
  const rows: Array<[string, string, string, string, string | null]> = [
    ["a morning slot inside the first frame", "b", "08:30", "12:00", null],
    ["an afternoon slot inside the second frame", "a", "14:00", "17:00", null],
    ["the same time for another agent", "b", "09:00", "11:00", null],
    ["the same agent right after the first slot", "a", "11:00", "12:00", null],
    ["across the lunch break", "b", "11:00", "14:00", "marketing_slot_outside_hours"],
    ["before opening", "b", "08:00", "09:00", "marketing_slot_outside_hours"],
    ["ending before it starts", "b", "10:00", "09:00", "marketing_slot_invalid"],
    ["the same agent overlapping", "a", "10:30", "11:30", "marketing_slot_overlap"],
  ];
  it.each(rows)("M-01 %s", (_n, agentId, startsAt, endsAt, expected) => expect(code(() => validateDutySlot({ agentId, startsAt, endsAt }, frames, day))).toBe(expected));
  it("M-01 no slot on a day the counter does not serve", () => expect(code(() => validateDutySlot({ agentId: "a", startsAt: "09:00", endsAt: "10:00" }, [], []))).toBe("marketing_counter_closed"));
  it("M-01 a slot moved over itself is no overlap", () => expect(code(() => validateDutySlot({ agentId: "a", startsAt: "09:30", endsAt: "11:30" }, frames, day, "s1"))).toBeNull());
});

describe("M-01 duty on the monitor", () => {
  const slots = [
    { id: "1", startsAt: "08:30", endsAt: "12:00" },
    { id: "2", startsAt: "10:00", endsAt: "11:00" },
    { id: "3", startsAt: "13:30", endsAt: "17:30" },
  ];
  const rows: Array<[string, string[], string | null]> = [
    ["08:00", [], "1"],
    ["08:30", ["1"], "2"],
    ["10:30", ["1", "2"], "3"],
    ["12:00", [], "3"],
    ["17:30", [], null],
  ];
  it.each(rows)("M-01 at %s on duty %j, next %s", (t, current, next) => {
    const r = dutyNow(slots, t);
    expect(r.current.map((s) => s.id)).toEqual(current);
    expect(r.next?.id ?? null).toBe(next);
  });
});

describe("M-01 compiled results", () => {
  const leads: LeadFact[] = [
    { kind: "referral", referredByName: "王芳", agentName: "孙杰", amountFen: 0 },
    { kind: "referral", referredByName: "王芳", agentName: null, amountFen: 0 },
    { kind: "referral", referredByName: "张伟", agentName: null, amountFen: 0 },
    { kind: "sale", referredByName: "王芳", agentName: "孙杰", amountFen: 500000 },
    { kind: "sale", referredByName: null, agentName: "李娜", amountFen: 120000 },
    { kind: "prospect", referredByName: null, agentName: "孙杰", amountFen: 0 },
  ];
  it("M-01 counts referrals by teller, sales with amounts and prospects by agent", () => {
    expect(compileMarketingResults(leads)).toEqual({
      referrals: 3,
      sales: 2,
      prospects: 1,
      salesAmountFen: 620000,
      byTeller: [{ name: "王芳", referrals: 2 }, { name: "张伟", referrals: 1 }],
      byAgent: [{ name: "孙杰", sales: 1, amountFen: 500000, prospects: 1 }, { name: "李娜", sales: 1, amountFen: 120000, prospects: 0 }],
    });
  });
  it("M-01 an empty period compiles to zeros", () => expect(compileMarketingResults([])).toMatchObject({ referrals: 0, sales: 0, prospects: 0, byTeller: [] }));
  it.each([
    ["receive", "submitted", "received"],
    ["return", "submitted", "returned"],
    ["receive", "received", "marketing_submission_not_open"],
    ["return", "returned", "marketing_submission_not_open"],
  ] as const)("M-01 %s a %s submission → %s", (action, state, expected) => {
    const c = code(() => nextSubmissionState(action, state));
    expect(c ?? nextSubmissionState(action, state)).toBe(expected);
  });
  it.each([
    ["2026-03-01", "2026-03-31", null],
    ["2026-03-31", "2026-03-01", "marketing_period_invalid"],
    ["2025-01-01", "2026-03-01", "marketing_period_invalid"],
  ])("M-01 period %s..%s → %s", (from, to, expected) => expect(code(() => validateMarketingPeriod(from, to))).toBe(expected));
});
