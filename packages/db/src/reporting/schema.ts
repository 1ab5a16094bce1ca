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
  /** The figures as submitted (JSON). */
  figures: string;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: string;
  returned_by: string | null;
  returned_at: string | null;
  returned_reason: string | null;
}

export interface ReportingTables {
  report_submissions: ReportSubmissionTable;
}
