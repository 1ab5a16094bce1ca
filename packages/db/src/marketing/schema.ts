/** M-01 on-site marketing tables (migration 026). */
export interface MarketingDutySlotTable {
  id: string;
  counter_id: string;
  duty_date: string;
  starts_at: string;
  ends_at: string;
  agent_id: string;
  agent_name: string;
  post: string | null;
  created_by: string;
  created_at: string;
}

export interface MarketingDutyLogTable {
  id: string;
  counter_id: string;
  duty_date: string;
  slot_id: string | null;
  agent_id: string;
  agent_name: string;
  arrived_at: string | null;
  left_at: string | null;
  notes: string;
  recorded_by_name: string;
  recorded_at: string;
}

export interface MarketingLeadTable {
  id: string;
  counter_id: string;
  business_date: string;
  /** referral | sale | prospect */
  kind: string;
  customer_name: string;
  customer_phone: string | null;
  need: string;
  product: string | null;
  amount_fen: number;
  referred_by_id: string | null;
  referred_by_name: string | null;
  agent_id: string | null;
  agent_name: string | null;
  recorded_by_name: string;
  recorded_at: string;
}

export interface MarketingSubmissionTable {
  id: string;
  counter_id: string;
  period_from: string;
  period_to: string;
  /** JSON MarketingFigures */
  figures: string;
  /** submitted | received | returned */
  state: string;
  note: string | null;
  submitted_by_name: string;
  submitted_at: string;
  handled_by_name: string | null;
  handled_at: string | null;
  handling_note: string | null;
}

export interface MarketingTables {
  marketing_duty_slots: MarketingDutySlotTable;
  marketing_duty_logs: MarketingDutyLogTable;
  marketing_leads: MarketingLeadTable;
  marketing_submissions: MarketingSubmissionTable;
}
