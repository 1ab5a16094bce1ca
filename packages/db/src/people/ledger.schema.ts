/** People II ledger tables (migration 021): ledger rules and entries (P-12, P-13), skill assessments, quality checks, phrases. */

/** P-12/P-13 a rule of seed 003 Art.104–107 (or 第二篇 Art.25) with the points in force. */
export interface PeopleLedgerRuleTable {
  code: string;
  /** 104 | 105 | 106 | 107 | complaint */
  grp: string;
  article: string;
  points: number;
  loses_eligibility: number;
  quarter_zero: number;
  termination: number;
  name_zh: string;
  name_en: string;
  sort: number;
  active: number;
  updated_by: string | null;
  updated_at: string;
}

/** P-12/P-13 one entry of the ledger; automatic entries carry a unique source_key (idempotency). */
export interface PeopleLedgerEntryTable {
  id: string;
  user_id: string;
  org_unit_id: string;
  rule_code: string;
  points: number;
  loses_eligibility: number;
  quarter_zero: number;
  termination_proposed: number;
  /** LocalDate the fact happened */
  date: string;
  /** manual | automatic */
  origin: string;
  source_key: string | null;
  evidence_kind: string | null;
  evidence_id: string | null;
  note: string | null;
  /** pending | approved | rejected | voided */
  state: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  /** none | pending | upheld | dismissed */
  appeal_state: string;
  appeal_reason: string | null;
  appealed_at: string | null;
  appeal_decided_by: string | null;
  appeal_decided_at: string | null;
  appeal_note: string | null;
  created_by: string;
  created_at: string;
}

/** seed 000 §七(一)4 skill assessment on five dimensions (0–100). */
export interface PeopleSkillAssessmentTable {
  id: string;
  user_id: string;
  org_unit_id: string;
  /** e.g. 2026-Q4 */
  period: string;
  customer_service: number;
  computer_operation: number;
  professional_knowledge: number;
  rule_compliance: number;
  risk_identification: number;
  average: number;
  note: string | null;
  assessed_by: string;
  assessed_at: string;
}

/** seed 000 §七(二)2 a service-quality check (cctv | post_review | interview). */
export interface PeopleQualityCheckTable {
  id: string;
  user_id: string;
  org_unit_id: string;
  method: string;
  checked_on: string;
  score: number;
  passed: number;
  /** JSON string[] */
  findings: string;
  /** JSON string[] phrase codes heard */
  forbidden_phrases: string;
  note: string | null;
  checked_by: string;
  created_at: string;
}

/** Q-12 standard / forbidden phrase by process. */
export interface PeopleServicePhraseTable {
  code: string;
  kind: string;
  process: string;
  text: string;
  sort: number;
  active: number;
}

export interface PeopleLedgerTables {
  people_ledger_rules: PeopleLedgerRuleTable;
  people_ledger_entries: PeopleLedgerEntryTable;
  people_skill_assessments: PeopleSkillAssessmentTable;
  people_quality_checks: PeopleQualityCheckTable;
  people_service_phrases: PeopleServicePhraseTable;
}
