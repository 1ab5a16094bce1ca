import { describe, expect, it } from "vitest";
import { officialHolidayYear } from "../../calendar/official-holidays.js";
import { buildWorkingCalendar } from "../../calendar/working-calendar.js";
import { isDomainError } from "../../shared/errors.js";
import { computeCard } from "./compute-card.js";
import { DEFAULT_GRADE_BANDS, gradeOf } from "./grade-bands.js";
import { scoreKpi } from "./kpi-items.js";
import { monthlyDaysLate, monthlyDeadline, workingDaysLateFor } from "./monthly-deadlines.js";
import { parseQuarter } from "./quarter.js";
import { outletResponsibleComplaints, responsibleComplaintsOf } from "./responsible-complaints.js";
import { type ScorecardItem, assertValidTemplate } from "./scorecard-template.js";
import { excellenceQuota, selectExcellence, standbyProposal } from "./standby-and-excellence.js";

const cal = buildWorkingCalendar([officialHolidayYear(2026)!]);
const judge = (code: string, points: number): ScorecardItem => ({ code, section: "s", nameZh: code, nameEn: code, points, kind: "judgement" });

describe("P-14 template sum validation", () => {
  it("P-14 refuses the seed's 制度管理培训岗 card (20+10+20+10+40+10 = 110) with the offending sum", () => {
    const items = [20, 10, 20, 10, 40, 10].map((p, i) => judge(`i${i}`, p));
    try {
      assertValidTemplate({ post: "制度管理培训岗", nameZh: "x", nameEn: "x", total: 100, items });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe("scorecard_sum_mismatch");
      expect(isDomainError(e) && e.details).toMatchObject({ sum: 110, total: 100 });
    }
  });
  it("P-14 accepts 2.5-point items adding up to 100 and checks KPI formulas", () => {
    const items = [...Array.from({ length: 38 }, (_, i) => judge(`j${i}`, 2.5)), { ...judge("k", 5), kind: "kpi" as const, formula: { metric: "satisfactionRate" as const, scoring: { kind: "atLeast" as const, target: 90 } } }];
    expect(assertValidTemplate({ post: "p", nameZh: "x", nameEn: "x", total: 100, items })).toEqual(DEFAULT_GRADE_BANDS);
    expect(() => assertValidTemplate({ post: "p", nameZh: "x", nameEn: "x", total: 100, items: [...items.slice(1), { ...items[0]!, kind: "kpi" }] })).toThrow(/formula/);
    expect(() => assertValidTemplate({ post: "p", nameZh: "x", nameEn: "x", total: 100, items, gradeBands: [{ grade: "excellent", min: 90 }] })).toThrow(/bands/);
  });
});

describe("P-14 KPI scoring rules", () => {
  it.each([
    // [points, scoring, value, expected, why]
    [5, { kind: "atLeast", target: 90 }, 92.5, 5, "satisfaction 92.5 % ≥ 90 %"],
    [5, { kind: "atLeast", target: 90 }, 80, 0, "satisfaction below target"],
    [5, { kind: "atLeast", target: 95 }, 95, 5, "callback success exactly 95 %"],
    [10, { kind: "atMost", target: 15 }, 15, 10, "average wait 15 min is within 15"],
    [10, { kind: "atMost", target: 15 }, 15.1, 0, "average service 15.1 min over"],
    [20, { kind: "deductPerUnit", allowance: 1, perUnit: 5 }, 1, 20, "业务管理岗 ≤ 1 error per quarter"],
    [20, { kind: "deductPerUnit", allowance: 1, perUnit: 5 }, 2, 15, "2 errors: −5"],
    [20, { kind: "deductPerUnit", allowance: 1, perUnit: 5 }, 4, 5, "4 errors: −5 and −5 per further error"],
    [20, { kind: "deductPerUnit", allowance: 1, perUnit: 5 }, 9, 0, "never below 0"],
    [30, { kind: "deductPerUnit", allowance: 1, perUnit: 10 }, 3, 10, "保全后台岗 −10 per extra error"],
    [20, { kind: "deductPerUnit", allowance: 0, perUnit: 5 }, 2, 10, "timeliness −5 per working day late"],
    [15, { kind: "deductPerUnit", allowance: 0, perUnit: 5 }, 2, 5, "responsible complaints −5 each"],
    [5, { kind: "zeroIfAny" }, 1, 0, "a seal or document lost"],
    [5, { kind: "zeroIfAny" }, 0, 5, "no losses"],
    [5, { kind: "atLeast", target: 90 }, null, null, "no figure: item open"],
  ] as const)("%s points, %j, value %s → %s (%s)", (points, scoring, value, expected) => {
    expect(scoreKpi(points, scoring, value)).toBe(expected);
  });
});

describe("C-12/C-13 responsible complaints", () => {
  const rulings = [
    { caseId: "c1", employeeId: "u1", finalOutcome: "responsible", finalCategory: "attitude" },
    { caseId: "c2", employeeId: "u1", finalOutcome: "nonResponsible", finalCategory: "process" },
    { caseId: "c3", employeeId: "u2", finalOutcome: "responsible", finalCategory: "mistake" },
    { caseId: "c4", employeeId: null, finalOutcome: "responsible", finalCategory: "repeatUnreachable", repeatOfCaseId: "c0" },
    { caseId: "c5", employeeId: null, finalOutcome: "responsible", finalCategory: "repeatUnreachable", repeatOfCaseId: "c0" },
  ];
  it("C-12 a person's: responsible final rulings naming them (appeals won are not counted)", () => {
    expect(responsibleComplaintsOf(rulings, "u1")).toBe(1);
    expect(responsibleComplaintsOf(rulings, "u9")).toBe(0);
  });
  it("C-13 the outlet's: a repeat for an unreachable handler counts once per earlier case", () => {
    expect(outletResponsibleComplaints(rulings)).toBe(3);
  });
});

describe("P-14 保全后台岗 monthly deadlines postponed for holidays (2026 calendar)", () => {
  it.each([
    ["2026-10", 5, "2026-10-08", "National Day 10-01..07: the 5th moves to the 8th"],
    ["2026-10", 10, "2026-10-10", "make-up Saturday 10-10 is a working day"],
    ["2026-07", 5, "2026-07-06", "Sunday the 5th moves to Monday"],
    ["2026-03", 10, "2026-03-10", "an ordinary Tuesday"],
    ["2026-01", 10, "2026-01-12", "Saturday the 10th moves to Monday"],
  ] as const)("%s day %s → %s (%s)", (month, day, expected) => {
    expect(monthlyDeadline(month, day, cal)).toBe(expected);
  });
  it("working days late: −5 each (scored by deductPerUnit)", () => {
    expect(workingDaysLateFor("2026-10-08", "2026-10-08", cal)).toBe(0);
    expect(workingDaysLateFor("2026-10-08", "2026-10-12", cal)).toBe(3); // 09 (Fri), 10 (make-up Sat), 12 (Mon)
    expect(monthlyDaysLate([{ month: "2026-10", doneOn: "2026-10-09" }, { month: "2026-11", doneOn: "2026-11-05" }, { month: "2026-12", doneOn: "2026-12-08" }], 5, cal)).toBe(2);
  });
});

describe("P-14 quarterly card", () => {
  const items: ScorecardItem[] = [
    { code: "wait", section: "KPI", nameZh: "等候", nameEn: "wait", points: 40, kind: "kpi", formula: { metric: "avgWaitMinutes", scoring: { kind: "atMost", target: 15 } } },
    { code: "cmp", section: "KPI", nameZh: "投诉", nameEn: "complaints", points: 20, kind: "kpi", formula: { metric: "responsibleComplaints", scoring: { kind: "deductPerUnit", allowance: 0, perUnit: 5 } } },
    judge("manner", 40),
  ];
  it("P-14 KPI from figures, judgement from the manager, ledger added (P-12/P-13), clamped, graded", () => {
    const r = computeCard(items, 100, DEFAULT_GRADE_BANDS, { figures: { avgWaitMinutes: 12.5, responsibleComplaints: 1 }, entries: { manner: { score: 35 } }, ledgerPoints: -2, quarterZero: false });
    expect(r.items.map((i) => i.score)).toEqual([40, 15, 35]);
    expect(r).toMatchObject({ itemsScore: 90, score: 88, grade: "good", complete: true });
    expect(computeCard(items, 100, DEFAULT_GRADE_BANDS, { figures: { avgWaitMinutes: 12.5, responsibleComplaints: 0 }, entries: { manner: { score: 40 } }, ledgerPoints: 6, quarterZero: false }).score).toBe(100);
  });
  it("P-13 a quarter-zero entry sets 0; a missing judgement keeps the card open", () => {
    expect(computeCard(items, 100, DEFAULT_GRADE_BANDS, { figures: { avgWaitMinutes: 1, responsibleComplaints: 0 }, entries: { manner: { score: 40 } }, ledgerPoints: 0, quarterZero: true })).toMatchObject({ score: 0, grade: "fail" });
    expect(computeCard(items, 100, DEFAULT_GRADE_BANDS, { figures: { avgWaitMinutes: null, responsibleComplaints: 0 }, entries: {}, ledgerPoints: 0, quarterZero: false })).toMatchObject({ complete: false, score: 20 });
  });
  it("grades by the default bands (ours: the seeds leave them empty)", () => {
    expect([95, 90, 89.9, 80, 60, 59.5, 0].map((s) => gradeOf(s))).toEqual(["excellent", "excellent", "good", "good", "pass", "fail", "fail"]);
  });
  it("quarters are written 2026-Q4", () => {
    expect(parseQuarter("2026-Q4")).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
    expect(() => parseQuarter("2026-4")).toThrow();
  });
});

describe("P-14 standby training and P-12 annual excellence", () => {
  const q = (quarter: string, score: number) => ({ quarter, score, grade: gradeOf(score) });
  it("P-14 three failed quarters (cumulative, across years) or a failed year → standby proposal", () => {
    expect(standbyProposal([q("2025-Q4", 50), q("2026-Q1", 70), q("2026-Q2", 55), q("2026-Q3", 40)], 2026, DEFAULT_GRADE_BANDS)).toBe("threeFailedQuarters");
    expect(standbyProposal([q("2026-Q1", 62), q("2026-Q2", 55), q("2026-Q3", 50), q("2026-Q4", 60)], 2026, DEFAULT_GRADE_BANDS)).toBe("failedYear");
    expect(standbyProposal([q("2026-Q1", 70), q("2026-Q2", 55)], 2026, DEFAULT_GRADE_BANDS)).toBeNull();
  });
  it.each([
    [6, 0], [7, 1], [13, 1], [14, 2], [20, 3], [40, 3],
  ])("P-12 headcount %s → quota %s (floor of 15 %, at most 3)", (h, quota) => {
    expect(excellenceQuota(h)).toBe(quota);
  });
  it("P-12 top by average, ineligible skipped with the reason, quota respected", () => {
    const c = (userId: string, average: number, ineligibleReason: string | null = null) => ({ userId, average, quarters: 4, ineligibleReason });
    const r = selectExcellence([c("a", 95, "未经批准擅自调班"), c("b", 93), c("c", 91), c("d", 90), c("e", 88)], 14);
    expect(r.quota).toBe(2);
    expect(r.chosen.map((x) => x.userId)).toEqual(["b", "c"]);
    expect(r.skipped).toEqual([c("a", 95, "未经批准擅自调班")]);
  });
});
