import { describe, expect, it } from "vitest";
import { officialHolidayYear } from "../calendar/official-holidays.js";
import { buildWorkingCalendar } from "../calendar/working-calendar.js";
import type { RulingCategory, RulingOutcome } from "./case-model.js";
import { checkSettlements, followThroughDueDate, followThroughStatus, referralDepartment, yearEndFigures } from "./follow-through.js";

const calendar = buildWorkingCalendar([officialHolidayYear(2026)!]);
const code = (f: () => unknown) => {
  try {
    f();
    return "ok";
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe("C-21 complaint follow-through", () => {
  it.each<[string, RulingOutcome, RulingCategory, string]>([
    ["C-21 a process flaw goes to operations", "nonResponsible", "processFlaw", "operations"],
    ["C-21 a technical limit goes to IT", "nonResponsible", "technicalLimitOrFailure", "it"],
    ["C-21 too few staff goes to HR", "nonResponsible", "tooFewStaff", "hr"],
    ["a customer's misunderstanding goes nowhere", "nonResponsible", "customerMisunderstanding", "follow_through_not_department_matter"],
    ["a responsible ruling goes nowhere", "responsible", "badAttitude", "follow_through_not_department_matter"],
  ])("%s", (_n, finalOutcome, finalCategory, expected) => {
    let got = "";
    try {
      got = referralDepartment({ finalOutcome, finalCategory });
    } catch (e) {
      got = (e as { code: string }).code;
    }
    expect(got).toBe(expected);
  });

  it("no ruling: refused", () => expect(code(() => referralDepartment(undefined))).toBe("follow_through_no_ruling"));

  it.each([
    ["C-21 5 working days from Tuesday end next Tuesday", "2026-03-10", 5, "2026-03-17"],
    ["C-21 over the National Day holiday (and its make-up Saturday)", "2026-09-30", 3, "2026-10-10"],
    ["C-21 over a make-up Saturday (2026-10-10 is a workday)", "2026-10-09", 1, "2026-10-10"],
  ])("%s", (_n, from, days, due) => expect(followThroughDueDate(from, days, calendar)).toBe(due));

  it("C-21 days outside 1..60 are refused", () => expect(code(() => followThroughDueDate("2026-03-10", 0, calendar))).toBe("follow_through_days_invalid"));

  it.each([
    ["open before due", { state: "open", dueDate: "2026-03-17", repliedOn: null }, "2026-03-17", "open"],
    ["C-21 open past due", { state: "open", dueDate: "2026-03-17", repliedOn: null }, "2026-03-18", "overdue"],
    ["replied on time", { state: "replied", dueDate: "2026-03-17", repliedOn: "2026-03-17" }, "2026-04-01", "replied"],
    ["replied late", { state: "replied", dueDate: "2026-03-17", repliedOn: "2026-03-18" }, "2026-04-01", "repliedLate"],
  ] as const)("%s", (_n, f, today, status) => expect(followThroughStatus(f, today)).toBe(status));

  const comp = { kind: "compensation" as const, recipientName: "客户 李女士", amountFen: 20000, reason: "误工补偿" };
  const pen = { kind: "penalty" as const, recipientName: "柜员 王芳", amountFen: 5000, reason: "未按规程操作" };
  it.each([
    ["C-21 compensation and a penalty on a ruling", [comp, pen], true, false, "ok"],
    ["no ruling", [comp], false, false, "follow_through_no_ruling"],
    ["nothing to record", [], true, false, "settlement_empty"],
    ["zero amount", [{ ...pen, amountFen: 0 }], true, false, "settlement_amount_invalid"],
    ["fractional fen", [{ ...pen, amountFen: 1.5 }], true, false, "settlement_amount_invalid"],
    ["no recipient", [{ ...pen, recipientName: " " }], true, false, "settlement_recipient_missing"],
    ["a second compensation", [comp], true, true, "compensation_already_recorded"],
    ["penalties after a compensation", [pen, pen], true, true, "ok"],
  ] as const)("%s", (_n, items, hasRuling, already, expected) => expect(code(() => checkSettlements(items, hasRuling, already))).toBe(expected));

  it("C-21 the year-end report counts cases, rulings, follow-throughs and settlements", () => {
    const f = yearEndFigures({
      cases: [{ kind: "complaint", closed: true }, { kind: "complaint", closed: false }, { kind: "consultation", closed: true }],
      rulings: [
        { finalOutcome: "nonResponsible", finalCategory: "processFlaw", appealed: true, overturned: false },
        { finalOutcome: "responsible", finalCategory: "badAttitude", appealed: true, overturned: true },
      ],
      followThroughs: [
        { kind: "referral", departmentCode: "operations", status: "replied" },
        { kind: "referral", departmentCode: "operations", status: "overdue" },
        { kind: "referral", departmentCode: "it", status: "repliedLate" },
        { kind: "violation_lead", departmentCode: "supervision", status: "open" },
      ],
      settlements: [comp, pen, pen],
    });
    expect(f).toMatchObject({
      complaints: 2,
      closed: 1,
      rulings: 2,
      responsible: 1,
      nonResponsible: 1,
      byCategory: { processFlaw: 1, badAttitude: 1 },
      appealed: 2,
      overturned: 1,
      referrals: 3,
      referralsReplied: 2,
      referralsRepliedOnTime: 1,
      referralsOpen: 0,
      referralsOverdue: 1,
      violationLeads: 1,
      violationLeadsReplied: 0,
      compensations: 1,
      compensationFen: 20000,
      penalties: 2,
      penaltyFen: 10000,
      byDepartment: { operations: { referrals: 2, replied: 1, overdue: 1 }, it: { referrals: 1, replied: 1, overdue: 1 } },
    });
  });
});
