/** People II assessment tables (migration 020): P-14 scorecard templates, quarterly runs and cards. */

/** P-14 a versioned scorecard template of a post; items and grade bands are JSON. */
export interface PeopleScorecardTemplateTable {
  id: string;
  post: string;
  version: number;
  /** active | draft (needs correction, never used by runs) | superseded */
  status: string;
  name_zh: string;
  name_en: string;
  total: number;
  items: string;
  grade_bands: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

/** P-14 one quarterly assessment run of a unit (quarter written 2026-Q4). */
export interface PeopleAssessmentRunTable {
  id: string;
  org_unit_id: string;
  quarter: string;
  /** open | signed */
  state: string;
  created_by: string;
  created_at: string;
  signed_by: string | null;
  signed_at: string | null;
}

/** P-14 a person's card of a run: figures, manager entries and item results are JSON. */
export interface PeopleScorecardTable {
  id: string;
  run_id: string;
  user_id: string;
  org_unit_id: string;
  quarter: string;
  template_id: string;
  figures: string;
  entries: string;
  items: string;
  items_score: number;
  ledger_points: number;
  quarter_zero: number;
  score: number;
  grade: string;
  complete: number;
  standby_reason: string | null;
  employee_comment: string | null;
  employee_commented_at: string | null;
  /** Correcting entries after sign-off (JSON list). */
  corrections: string;
  state: string;
  signed_by: string | null;
  signed_at: string | null;
  updated_at: string;
}

export interface PeopleAssessmentTables {
  people_scorecard_templates: PeopleScorecardTemplateTable;
  people_assessment_runs: PeopleAssessmentRunTable;
  people_scorecards: PeopleScorecardTable;
}
