import { describe, expect, it } from "vitest";
import { DEFAULT_LEDGER_RULES, ledgerEntryEffect, ledgerRuleByCode, quarterScoreWithLedger } from "./ledger-rules.js";

type Row = [code: string, article: string, points: number, losesEligibility: boolean, quarterZero?: boolean, termination?: boolean];
const check = (rows: Row[]) =>
  it.each(rows)("%s (Art.%s) is %i points", (code, article, points, losesEligibility, quarterZero = false, termination = false) => {
    const rule = ledgerRuleByCode(DEFAULT_LEDGER_RULES, code);
    expect(rule).toMatchObject({ article, points, losesEligibility, quarterZero, termination });
  });

describe("P-12 seed 003 Art.104 rewards are in the defaults", () => {
  check([
    ["full_attendance", "104.1", 1, false],
    ["most_calls", "104.2", 5, false],
    ["call_quality_star", "104.3", 5, false],
    ["skills_first", "104.4", 10, false],
    ["skills_second", "104.4", 6, false],
    ["skills_third", "104.4", 3, false],
    ["industry_contest", "104.5", 10, false],
    ["suggestion_adopted", "104.6", 5, false],
    ["most_wronged", "104.7", 5, false],
  ]);
});

describe("P-13 seed 003 Art.105 deductions (−1/−2 per occurrence) are in the defaults", () => {
  check([
    ["absence", "105.1", -2, false],
    ["posture", "105.2", -1, false],
    ["mobile_phone", "105.3", -2, false],
    ["private_call", "105.4", -2, false],
    ["grooming", "105.5", -1, false],
    ["uncivil_conduct", "105.6", -1, false],
    ["non_standard_language", "105.7", -1, false],
    ["unauthorised_visitor", "105.8", -2, false],
    ["chatting_noise", "105.9", -2, false],
    ["clutter", "105.10", -1, false],
    ["leaving_seat", "105.11", -2, false],
    ["unscheduled_meal", "105.12", -2, false],
    ["facility_damage", "105.13", -2, false],
    ["drinking", "105.14", -2, false],
  ]);
});

describe("P-13 seed 003 Art.106 deductions (−5/−10) take annual-excellence eligibility", () => {
  check([
    ["unapproved_swap", "106.1", -5, true],
    ["unauthorised_software", "106.2", -5, true],
    ["games_sleeping", "106.3", -10, true],
    ["private_work_internet", "106.4", -5, true],
    ["repeated_lateness", "106.5", -5, true],
    ["absent_two_days", "106.6", -10, true],
    ["sign_in_fraud", "106.7", -5, true],
    ["abusive_to_customer", "106.8", -5, true],
    ["unauthorised_query", "106.9", -5, true],
    ["false_sick_note", "106.10", -5, true],
    ["confidentiality_breach", "106.11", -10, true],
  ]);
});

describe("P-13 seed 003 Art.107 penalties: quarter score 0, −10, −20, termination proposal", () => {
  check([
    ["dismissal_national", "107.1", 0, true, false, true],
    ["dismissal_bank", "107.2", 0, true, false, true],
    ["absent_three_days_month", "107.3", 0, true, false, true],
    ["confidential_disclosure", "107.4", 0, true, false, true],
    ["sabotage", "107.5", 0, true, true, false],
    ["violence", "107.6", 0, true, true, false],
    ["drugs", "107.7", 0, true, false, true],
    ["flammables", "107.8", -20, true],
    ["gambling", "107.9", 0, true, false, true],
    ["theft", "107.10", 0, true, true, false],
    ["serious_complaint", "107.11", -10, true],
    ["media_exposure", "107.12", -20, true],
    ["customer_loss", "107.13", 0, true, true, false],
  ]);

  it("P-13 a quarter-zero entry makes the quarter 0 whatever the other points", () => {
    expect(quarterScoreWithLedger(92, [{ points: 5, quarterZero: false }, { points: 0, quarterZero: true }])).toBe(0);
    expect(quarterScoreWithLedger(92, [{ points: 5, quarterZero: false }, { points: -10, quarterZero: false }])).toBe(87);
  });

  it("P-13 any Art.107 entry may carry a termination proposal when serious; other articles never do", () => {
    expect(ledgerEntryEffect(ledgerRuleByCode(DEFAULT_LEDGER_RULES, "flammables")!, { terminationProposed: true }).terminationProposed).toBe(true);
    expect(ledgerEntryEffect(ledgerRuleByCode(DEFAULT_LEDGER_RULES, "drinking")!, { terminationProposed: true }).terminationProposed).toBe(false);
  });
});

describe("C-13 seed 003 第二篇 Art.25 a responsible complaint is a deduction", () => {
  check([["responsible_complaint", "2-25", -2, false]]);
  it("every rule code is unique", () => {
    expect(new Set(DEFAULT_LEDGER_RULES.map((r) => r.code)).size).toBe(DEFAULT_LEDGER_RULES.length);
  });
});
