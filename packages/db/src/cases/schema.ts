/** Cases module tables (issue 4, C-01…C-17). Instants ISO UTC text; JSON as text; booleans 0/1. */
export interface CaseTable {
  id: string;
  number: string;
  kind: string;
  channel: string;
  state: string;
  summary: string;
  cause: string | null;
  customer_name: string;
  customer_phone: string | null;
  org_unit_id: string;
  org_path: string;
  origin_unit_id: string;
  origin_path: string;
  level: string;
  received_at: string;
  accepted_at: string | null;
  replied_at: string | null;
  closed_at: string | null;
  first_responder_id: string | null;
  first_responder_name: string;
  handler_id: string | null;
  ticket_id: string | null;
  parent_case_id: string | null;
  /** C-13 repeat complaint: the earlier complaint case and why the customer complained again (migration 006). */
  repeat_of_case_id: string | null;
  repeat_reason: string | null;
  /** C-18 admissibility criteria recorded at intake (JSON; migration 013). */
  admissibility: string | null;
  special_matter_id: string | null;
  pending_extension: string | null;
  deadlines: string;
  next_due_at: string | null;
  overdue: number;
  late: number;
  created_at: string;
  updated_at: string;
}

export interface CaseEventTable {
  id: string;
  case_id: string;
  seq: number;
  type: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  org_unit_id: string;
  from_state: string | null;
  to_state: string | null;
  data: string;
}

export interface CasePolicyTable {
  id: string;
  org_unit_id: string;
  version: number;
  preset: string;
  name: string;
  metrics: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

export interface CaseCallbackTable {
  id: string;
  case_id: string;
  org_unit_id: string;
  level: string;
  sample_id: string | null;
  status: string;
  result: string | null;
  note: string | null;
  due_at: string | null;
  created_at: string;
  done_at: string | null;
  done_by: string | null;
}

export interface CaseCallbackSampleTable {
  id: string;
  org_unit_id: string;
  from_date: string;
  to_date: string;
  seed: string;
  percent: number;
  population: number;
  selected: string;
  created_by: string | null;
  created_at: string;
}

export interface CaseRulingTable {
  id: string;
  case_id: string;
  org_unit_id: string;
  outcome: string;
  category: string;
  employee_id: string | null;
  note: string;
  ruled_by: string | null;
  ruled_at: string;
  appeal_status: string;
  appeal_reason: string | null;
  appealed_at: string | null;
  appeal_decided_by: string | null;
  appeal_decided_at: string | null;
  appeal_note: string | null;
  final_outcome: string;
  final_category: string;
  /** C-12 the committee that ruled: {members, inFavour} (JSON; migration 013). */
  committee: string | null;
}

export interface CaseFindingTable {
  id: string;
  case_id: string;
  org_unit_id: string;
  handler_id: string | null;
  kind: string;
  metric: string | null;
  note: string;
  raised_at: string;
}

export interface CaseRectificationTable {
  id: string;
  case_id: string;
  finding_id: string | null;
  org_unit_id: string;
  action: string;
  owner_name: string;
  owner_id: string | null;
  due_date: string;
  status: string;
  effect: string | null;
  created_at: string;
  done_at: string | null;
}

export interface CaseAlertTable {
  id: string;
  case_id: string;
  org_unit_id: string;
  metric: string;
  kind: string;
  threshold: number | null;
  due_at: string;
  key: string;
  raised_at: string;
}

export interface CasesTables {
  cases: CaseTable;
  case_events: CaseEventTable;
  case_policies: CasePolicyTable;
  case_callbacks: CaseCallbackTable;
  case_callback_samples: CaseCallbackSampleTable;
  case_rulings: CaseRulingTable;
  case_findings: CaseFindingTable;
  case_rectifications: CaseRectificationTable;
  case_alerts: CaseAlertTable;
}
