/** Information tables (migration 015): notices with read receipts, retention periods, disposals. */
export interface NoticeTable {
  id: string;
  org_unit_id: string;
  org_path: string;
  title: string;
  body: string;
  category: string;
  /** Local date by which everyone below must have read it. */
  read_by: string | null;
  published_by: string | null;
  published_by_name: string;
  published_at: string;
}

export interface NoticeReceiptTable {
  notice_id: string;
  user_id: string;
  user_name: string;
  org_unit_id: string;
  read_at: string;
}

export interface RetentionPeriodTable {
  org_unit_id: string;
  record_type: string;
  months: number;
  updated_by: string | null;
  updated_at: string;
}

export interface RecordDisposalTable {
  id: string;
  org_unit_id: string;
  record_type: string;
  record_id: string;
  record_date: string;
  approved_by: string | null;
  approved_by_name: string;
  approved_at: string;
  note: string | null;
}

/** 015b I-02 customer information entries. */
export interface InfoEntryTable {
  id: string;
  org_unit_id: string;
  business_date: string;
  kind: string;
  surrender_reason: string | null;
  content: string;
  recorded_by: string | null;
  recorded_by_name: string;
  recorded_at: string;
  consolidation_id: string | null;
}

/** 015b I-02 a counter's week consolidated, validated, forwarded. */
export interface InfoConsolidationTable {
  id: string;
  org_unit_id: string;
  week_from: string;
  week_to: string;
  state: string;
  summary: string;
  /** JSON string[] */
  focus_issues: string;
  entry_count: number;
  consolidated_by_name: string;
  consolidated_at: string;
  validated_by_name: string | null;
  validated_at: string | null;
  forwarded_to_unit_id: string | null;
  forwarded_at: string | null;
}

export interface InformationTables {
  info_entries: InfoEntryTable;
  info_consolidations: InfoConsolidationTable;
  notices: NoticeTable;
  notice_receipts: NoticeReceiptTable;
  retention_periods: RetentionPeriodTable;
  record_disposals: RecordDisposalTable;
}
