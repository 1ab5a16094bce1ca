/** K-12 post-review queue (migration 022). */
export interface PostReviewItemTable {
  id: string;
  counter_id: string;
  source_type: "ticket" | "case_action" | "seal_use";
  source_id: string;
  summary: string;
  performed_by: string;
  /** JSON string[]: everyone who took part (never the reviewer). */
  participants: string;
  completed_at: string;
  business_date: string;
  due_date: string;
  status: "pending" | "passed" | "failed";
  reviewer_id: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  finding_id: string | null;
  created_at: string;
}

export interface PostReviewSettingsTable {
  counter_id: string;
  review_days: number;
  updated_by: string | null;
  updated_at: string;
}

export interface PostReviewTables {
  post_review_items: PostReviewItemTable;
  post_review_settings: PostReviewSettingsTable;
}
