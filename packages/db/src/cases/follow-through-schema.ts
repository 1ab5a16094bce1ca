/** C-21 follow-through tables (migration 024). */
export interface CaseFollowThroughTable {
  id: string;
  case_id: string;
  ruling_id: string;
  org_unit_id: string;
  /** referral | violation_lead */
  kind: string;
  department_code: string;
  owner_name: string | null;
  subject: string;
  received_on: string;
  due_date: string;
  /** open | replied */
  state: string;
  reply: string | null;
  replied_by: string | null;
  replied_at: string | null;
  replied_on: string | null;
  created_by: string;
  created_at: string;
}

export interface CaseSettlementTable {
  id: string;
  case_id: string;
  ruling_id: string;
  org_unit_id: string;
  /** compensation | penalty */
  kind: string;
  recipient_name: string;
  amount_fen: number;
  reason: string;
  recorded_by: string;
  recorded_at: string;
}

export interface FollowThroughTables {
  case_follow_throughs: CaseFollowThroughTable;
  case_settlements: CaseSettlementTable;
}
