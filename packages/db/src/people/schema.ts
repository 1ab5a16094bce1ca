/** People tables (migration 014): staff records, certificates, exits, requests with approval chains. */

/** P-15, seed 002 §1.3.2.1 one staff record per user account. JSON columns are text. */
export interface PeopleStaffTable {
  user_id: string;
  org_unit_id: string;
  /** JSON string[]: post codes (teller, guide, policyServicing …). */
  posts: string;
  hire_date: string;
  education: string | null;
  mandarin_level: string | null;
  /** JSON string[]: business-type codes the person is skilled in. */
  skills: string;
  /** K-08 "onboarding" (hired through the onboarding flow) or "direct" (administrator's attestation). */
  entry: string;
  /** active | leaving | left */
  status: string;
  note: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** P-02 certificates with number and expiry. */
export interface PeopleCertificateTable {
  id: string;
  user_id: string;
  kind: string;
  number: string;
  issued_on: string | null;
  expires_on: string | null;
  created_by: string;
  created_at: string;
}

/** P-15 an exit: notice, last day, hand-over checklist (JSON), account closed at the end. */
export interface PeopleExitTable {
  id: string;
  user_id: string;
  org_unit_id: string;
  notice_date: string;
  last_day: string;
  reason: string | null;
  /** JSON ExitChecklist */
  checklist: string;
  /** JSON string[] warnings at filing (short_notice). */
  warnings: string;
  /** open | closed */
  state: string;
  closed_by: string | null;
  closed_at: string | null;
  created_by: string;
  created_at: string;
}

/** P-06…P-10 a leave or swap request with its approval chain (JSON steps). */
export interface PeopleRequestTable {
  id: string;
  /** leave | swap */
  kind: string;
  user_id: string;
  org_unit_id: string;
  /** leave kind (annual, sick, personal …); null for a swap */
  leave_kind: string | null;
  date_from: string;
  date_to: string;
  /** am | pm for a half-day leave, else null */
  half_day: string | null;
  /** length in half working days (1 = ½ day) */
  half_days: number;
  /** P-07 sudden illness filed afterwards */
  sudden: number;
  /** P-07 the certificate (diagnosis or hospital record) reference, when given */
  certificate_ref: string | null;
  reason: string | null;
  /** swap: the colleague and the shifts exchanged */
  swap_with_user_id: string | null;
  swap_shift_from: string | null;
  swap_shift_to: string | null;
  /** P-06 a day↔night swap asked as an exception */
  exception: number;
  /** P-10 the delegate when absent more than half a working day */
  delegate_user_id: string | null;
  /** JSON string[] warnings the approver sees */
  warnings: string;
  /** JSON ApprovalStep[] */
  steps: string;
  /** pending | approved | rejected | cancelled */
  state: string;
  leave_period_id: string | null;
  created_by: string;
  created_at: string;
  decided_at: string | null;
}

export interface PeopleTables {
  people_staff: PeopleStaffTable;
  people_certificates: PeopleCertificateTable;
  people_exits: PeopleExitTable;
  people_requests: PeopleRequestTable;
  people_shift_templates: PeopleShiftTemplateTable;
  people_rosters: PeopleRosterTable;
  people_roster_assignments: PeopleRosterAssignmentTable;
  people_clock_events: PeopleClockEventTable;
  people_ab_posts: PeopleAbPostTable;
}

/** P-05 shift templates per unit (incl. night shifts for 7×24 centres). */
export interface PeopleShiftTemplateTable {
  id: string;
  org_unit_id: string;
  code: string;
  name: string;
  start_time: string;
  end_time: string;
  min_staff: number;
  skill: string | null;
  /** JSON Weekday[] */
  days: string;
  active: number;
  created_by: string;
  created_at: string;
}

/** P-05 a roster of a unit for a period: draft until published. */
export interface PeopleRosterTable {
  id: string;
  org_unit_id: string;
  date_from: string;
  date_to: string;
  /** draft | published */
  state: string;
  /** JSON Uncovered[] */
  uncovered: string;
  /** JSON { restHours, maxConsecutiveDays, weeklyHours, lunchDuty } */
  rules: string;
  solver_status: string;
  solve_ms: number;
  created_by: string;
  created_at: string;
  published_by: string | null;
  published_at: string | null;
}

export interface PeopleRosterAssignmentTable {
  roster_id: string;
  user_id: string;
  date: string;
  shift_code: string;
  start_time: string;
  end_time: string;
}

/** P-11 clock-in/out events (a clock page or the window sign-in). */
export interface PeopleClockEventTable {
  id: string;
  user_id: string;
  org_unit_id: string;
  /** in | out */
  kind: string;
  at: string;
  /** clock | window */
  source: string;
}

/** P-09 an AB post of a unit: the A holder and the B holder who steps in. */
export interface PeopleAbPostTable {
  id: string;
  org_unit_id: string;
  post: string;
  a_user_id: string;
  b_user_id: string;
  created_by: string;
  created_at: string;
}
