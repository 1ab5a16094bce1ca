/** Reporting tables (migration 015). */
export interface ReportSubmissionTable {
  id: string;
  org_unit_id: string;
  period: string;
  period_from: string;
  period_to: string;
  /** submitted | returned */
  status: string;
  summary: string;
  plan: string | null;
  /** The template written after (031; null: the period's default). */
  template: string | null;
  /** The template's other free-text sections, JSON {key: text} (031). */
  texts: string | null;
  /** The figures as submitted (JSON). */
  figures: string;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: string;
  returned_by: string | null;
  returned_at: string | null;
  returned_reason: string | null;
}

/** Daily roll-up of one counter-day's queue facts per window and teller (migration 028). */
export interface ReportTicketDayFactsTable {
  counter_id: string;
  business_date: string;
  /** '' when none. */
  window_id: string;
  /** '' when none. */
  served_by: string;
  basis: string;
  /** Additive queue facts (core UnitFacts) as JSON. */
  facts: string;
  computed_at: string;
}

export interface ReportingTables {
  report_submissions: ReportSubmissionTable;
  report_ticket_day_facts: ReportTicketDayFactsTable;
}
