import { describe, expect, it } from "vitest";
import { type MonthAttendance, attendanceEntries, rulingDeduction } from "./automatic-entries.js";
import { appealLedgerEntry, decideLedgerAppeal, decideLedgerEntry } from "./ledger-entry-state.js";
import { qualityCheckPassed, skillAverage } from "./skill-quality.js";

describe("C-12/C-13 a responsibility ruling and the ledger", () => {
  const base = { rulingId: "r1", caseId: "c1", employeeId: "u1", outcome: "responsible" };
  it.each([
    ["C-12 a responsible ruling deducts from the responsible person, keyed by the ruling", base, { sourceKey: "ruling:r1", userId: "u1", ruleCode: "responsible_complaint", evidenceKind: "case", evidenceId: "c1" }],
    ["C-12 a non-responsible ruling deducts nothing", { ...base, outcome: "non_responsible" }, null],
    ["C-12 a ruling naming no one deducts from no one", { ...base, employeeId: null }, null],
    ["C-13 a repeat for an unreachable handler counts once for the outlet, not the earlier handler", { ...base, repeatOf: "c0" }, null],
  ])("%s", (_n, facts, expected) => {
    const e = rulingDeduction(facts, "2026-03-10");
    if (expected === null) expect(e).toBeNull();
    else expect(e).toMatchObject(expected);
  });
});

describe("P-12/P-13 entries from attendance (seed 003 Art.104.1, 106.1, 106.6)", () => {
  const ok = (date: string) => ({ date, status: "ok" as const });
  const m = (over: Partial<MonthAttendance>): MonthAttendance => ({ userId: "u", month: "2026-03", days: [ok("2026-03-02"), ok("2026-03-03")], approvedSwapDates: [], leaveDates: [], monthClosed: true, ...over });
  it("Art.104.1 a clean closed month earns full attendance on its last day", () => {
    expect(attendanceEntries(m({})).entries).toEqual([expect.objectContaining({ sourceKey: "full:u:2026-03", ruleCode: "full_attendance", date: "2026-03-31" })]);
  });
  it("Art.104.1 nothing before the month is over", () => {
    expect(attendanceEntries(m({ monthClosed: false })).entries).toEqual([]);
  });
  it("Art.104.1 any approved swap voids the month's full attendance", () => {
    const r = attendanceEntries(m({ approvedSwapDates: ["2026-03-05"] }));
    expect(r.entries).toEqual([]);
    expect(r.voidFullAttendance).toBe(true);
  });
  it("Art.106.6 two consecutive absent days are −10 once per run, a single day is not; Art.107.3 the third absent day of the month is proposed once", () => {
    const days = [{ date: "2026-03-02", status: "absent" as const }, { date: "2026-03-03", status: "absent" as const }, { date: "2026-03-04", status: "absent" as const }, ok("2026-03-05"), { date: "2026-03-09", status: "absent" as const }];
    const r = attendanceEntries(m({ days }));
    expect(r.entries.map((e) => [e.ruleCode, e.date])).toEqual([["absent_two_days", "2026-03-02"], ["absent_three_days_month", "2026-03-04"]]);
    expect(r.voidFullAttendance).toBe(true);
  });
  it("Art.106.1 a day worked without a roster or an approved swap is an unapproved swap; with one it is not", () => {
    const days = [ok("2026-03-02"), { date: "2026-03-07", status: "unrostered" as const }, { date: "2026-03-08", status: "unrostered" as const }];
    const r = attendanceEntries(m({ days, approvedSwapDates: ["2026-03-08"] }));
    expect(r.entries.map((e) => [e.ruleCode, e.date, e.sourceKey])).toEqual([["unapproved_swap", "2026-03-07", "swap:u:2026-03-07"]]);
    expect(r.voidFullAttendance).toBe(true);
  });
});

describe("P-12/P-13 an entry's approval and its one appeal", () => {
  const e = { userId: "t", createdBy: "m", state: "pending" as const, appealState: "none" as const, decidedBy: null };
  it("the manager approves; the person cannot decide their own entry; a decided entry is not decided again", () => {
    expect(decideLedgerEntry(e, "m", true)).toBe("approved");
    expect(() => decideLedgerEntry(e, "t", true)).toThrow(expect.objectContaining({ code: "ledger_self_decision" }));
    expect(() => decideLedgerEntry({ ...e, state: "approved" }, "m", true)).toThrow(expect.objectContaining({ code: "ledger_entry_not_pending" }));
  });
  it("C-12 one appeal, by the person, decided by someone other than the approver; upheld voids the entry", () => {
    const approved = { ...e, state: "approved" as const, decidedBy: "m" };
    expect(appealLedgerEntry(approved, "t")).toBe("pending");
    expect(() => appealLedgerEntry(approved, "x")).toThrow(expect.objectContaining({ code: "ledger_appeal_not_own" }));
    expect(() => appealLedgerEntry({ ...approved, appealState: "dismissed" }, "t")).toThrow(expect.objectContaining({ code: "ledger_appeal_once" }));
    const appealed = { ...approved, appealState: "pending" as const };
    expect(() => decideLedgerAppeal(appealed, "m", true)).toThrow(expect.objectContaining({ code: "ledger_appeal_same_decider" }));
    expect(decideLedgerAppeal(appealed, "b", true)).toEqual({ appealState: "upheld", state: "voided" });
    expect(decideLedgerAppeal(appealed, "b", false)).toEqual({ appealState: "dismissed", state: "approved" });
  });
});

describe("seed 000 §七 skill assessments and quality checks (Q-12)", () => {
  it("the skill result is the rounded average of five dimensions 0–100", () => {
    expect(skillAverage({ customerService: 90, computerOperation: 80, professionalKnowledge: 85, ruleCompliance: 95, riskIdentification: 70 })).toBe(84);
    expect(() => skillAverage({ customerService: 101, computerOperation: 80, professionalKnowledge: 85, ruleCompliance: 95, riskIdentification: 70 })).toThrow(expect.objectContaining({ code: "skill_score_out_of_range" }));
  });
  it("Q-12 a forbidden phrase heard fails the check whatever the score", () => {
    const codes = new Set(["fb_dont_know"]);
    expect(qualityCheckPassed(95, [], codes)).toBe(true);
    expect(qualityCheckPassed(95, ["fb_dont_know"], codes)).toBe(false);
    expect(qualityCheckPassed(79, [], codes)).toBe(false);
    expect(() => qualityCheckPassed(90, ["nope"], codes)).toThrow(expect.objectContaining({ code: "quality_phrase_unknown" }));
  });
});
