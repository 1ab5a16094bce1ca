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

export interface InformationTables {
  notices: NoticeTable;
  notice_receipts: NoticeReceiptTable;
  retention_periods: RetentionPeriodTable;
  record_disposals: RecordDisposalTable;
}
