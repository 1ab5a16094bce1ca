/**
 * P-12 / P-13 the reward and penalty points of seed 003 第一篇 Art.104–107 (and 第二篇 Art.25 for a
 * responsible complaint, C-12/C-13) as data. These are the defaults; the values in force are rows of
 * `people_ledger_rules` (migration 021 holds a literal snapshot of this table).
 */

export type LedgerRuleGroup = "104" | "105" | "106" | "107" | "complaint";

export interface LedgerRule {
  code: string;
  group: LedgerRuleGroup;
  /** Article and item of seed 003 (e.g. "106.1"); "2-25" is 第二篇 Art.25. */
  article: string;
  /** Points per occurrence (positive reward, negative deduction; 0 where the article gives an outcome, not points). */
  points: number;
  /** Art.106 (and Art.107): the person loses annual-excellence eligibility. */
  losesEligibility: boolean;
  /** Art.107.5/.6/.10/.13: the quarter's score counts as 0. */
  quarterZero: boolean;
  /** Art.107: a proposal to terminate the labour contract. */
  termination: boolean;
}

const r = (code: string, group: LedgerRuleGroup, article: string, points: number, flags: { e?: boolean; z?: boolean; t?: boolean } = {}): LedgerRule => ({
  code,
  group,
  article,
  points,
  losesEligibility: flags.e ?? false,
  quarterZero: flags.z ?? false,
  termination: flags.t ?? false,
});

/** seed 003 第一篇 Art.104–107 (Art.104.8 annual excellence is the quarterly run's, not an entry). */
export const DEFAULT_LEDGER_RULES: readonly LedgerRule[] = [
  // Art.104 rewards (P-12)
  r("full_attendance", "104", "104.1", 1),
  r("most_calls", "104", "104.2", 5),
  r("call_quality_star", "104", "104.3", 5),
  r("skills_first", "104", "104.4", 10),
  r("skills_second", "104", "104.4", 6),
  r("skills_third", "104", "104.4", 3),
  r("industry_contest", "104", "104.5", 10),
  r("suggestion_adopted", "104", "104.6", 5),
  r("most_wronged", "104", "104.7", 5),
  // Art.105 deductions per occurrence (P-13)
  r("absence", "105", "105.1", -2),
  r("posture", "105", "105.2", -1),
  r("mobile_phone", "105", "105.3", -2),
  r("private_call", "105", "105.4", -2),
  r("grooming", "105", "105.5", -1),
  r("uncivil_conduct", "105", "105.6", -1),
  r("non_standard_language", "105", "105.7", -1),
  r("unauthorised_visitor", "105", "105.8", -2),
  r("chatting_noise", "105", "105.9", -2),
  r("clutter", "105", "105.10", -1),
  r("leaving_seat", "105", "105.11", -2),
  r("unscheduled_meal", "105", "105.12", -2),
  r("facility_damage", "105", "105.13", -2),
  r("drinking", "105", "105.14", -2),
  // Art.106 deductions with loss of annual-excellence eligibility (P-13)
  r("unapproved_swap", "106", "106.1", -5, { e: true }),
  r("unauthorised_software", "106", "106.2", -5, { e: true }),
  r("games_sleeping", "106", "106.3", -10, { e: true }),
  r("private_work_internet", "106", "106.4", -5, { e: true }),
  r("repeated_lateness", "106", "106.5", -5, { e: true }),
  r("absent_two_days", "106", "106.6", -10, { e: true }),
  r("sign_in_fraud", "106", "106.7", -5, { e: true }),
  r("abusive_to_customer", "106", "106.8", -5, { e: true }),
  r("unauthorised_query", "106", "106.9", -5, { e: true }),
  r("false_sick_note", "106", "106.10", -5, { e: true }),
  r("confidentiality_breach", "106", "106.11", -10, { e: true }),
  // Art.107 penalties: quarter score 0, −10, −20 or a termination proposal (our reading: eligibility is lost too)
  r("dismissal_national", "107", "107.1", 0, { e: true, t: true }),
  r("dismissal_bank", "107", "107.2", 0, { e: true, t: true }),
  r("absent_three_days_month", "107", "107.3", 0, { e: true, t: true }),
  r("confidential_disclosure", "107", "107.4", 0, { e: true, t: true }),
  r("sabotage", "107", "107.5", 0, { e: true, z: true }),
  r("violence", "107", "107.6", 0, { e: true, z: true }),
  r("drugs", "107", "107.7", 0, { e: true, t: true }),
  r("flammables", "107", "107.8", -20, { e: true }),
  r("gambling", "107", "107.9", 0, { e: true, t: true }),
  r("theft", "107", "107.10", 0, { e: true, z: true }),
  r("serious_complaint", "107", "107.11", -10, { e: true }),
  r("media_exposure", "107", "107.12", -20, { e: true }),
  r("customer_loss", "107", "107.13", 0, { e: true, z: true }),
  // 第二篇 Art.25 (C-13): a responsible complaint is a deduction; the seed names no figure, −2 is our default (like Art.105.1).
  r("responsible_complaint", "complaint", "2-25", -2),
];

export function ledgerRuleByCode(rules: readonly LedgerRule[], code: string): LedgerRule | undefined {
  return rules.find((x) => x.code === code);
}

/** Effect of one entry under a rule: Art.107 says any item may, when serious, lead to termination (the recorder proposes it). */
export function ledgerEntryEffect(rule: LedgerRule, opts: { terminationProposed?: boolean } = {}): { points: number; losesEligibility: boolean; quarterZero: boolean; terminationProposed: boolean } {
  const terminationProposed = rule.termination || (rule.group === "107" && (opts.terminationProposed ?? false));
  return { points: rule.points, losesEligibility: rule.losesEligibility, quarterZero: rule.quarterZero, terminationProposed };
}

/** A quarter's score after the ledger: 0 when an approved entry says so (Art.107), else the score plus the points. */
export function quarterScoreWithLedger(baseScore: number, entries: ReadonlyArray<{ points: number; quarterZero: boolean }>): number {
  if (entries.some((e) => e.quarterZero)) return 0;
  return baseScore + entries.reduce((s, e) => s + e.points, 0);
}
