/**
 * Shift relief, pre-shift fitness, team meetings and urgent events (migration 023; D-12, D-13, D-14).
 * JSON columns are text; enum columns are guarded by CHECK constraints on both engines.
 */

/** D-13 the relief side of a handover (1:1 with shift_handovers). */
export interface ShiftHandoverReliefTable {
  handover_id: string;
  counter_id: string;
  /** JSON string[]; null = not declared */
  important_notices: string | null;
  /** JSON RetainedCard[]; null = not declared */
  retained_cards: string | null;
  /** JSON ErrorAccount[]; null = not declared */
  error_accounts: string | null;
  approved_by: string | null;
  approval_reason: string | null;
  approved_at: string | null;
  closed_by: string | null;
  closed_at: string | null;
  /** relieved | approved */
  close_mode: "relieved" | "approved" | null;
  updated_at: string;
}

/** D-12 a person's fitness for duty checked at the pre-shift meeting. */
export interface ShiftFitnessCheckTable {
  id: string;
  counter_id: string;
  business_date: string;
  meeting_id: string | null;
  user_id: string;
  verdict: "fit" | "unfit";
  note: string | null;
  /** The published roster the person was on that day (null when none). */
  roster_id: string | null;
  roster_shift_code: string | null;
  /** removed: taken off that day's roster; not_rostered: no assignment to take off */
  roster_adjustment: "removed" | "not_rostered" | null;
  checked_by: string;
  checked_at: string;
}

/** D-12 the shift lead's weekly team meeting. */
export interface TeamMeetingTable {
  id: string;
  counter_id: string;
  held_on: string;
  week_start: string;
  host_id: string;
  /** JSON string[] user ids */
  attendees: string;
  performance: string;
  /** JSON [{ title, result? }] */
  drills: string;
  topics: string | null;
  created_by: string;
  created_at: string;
}

/** D-14 an urgent event's upward report and its acknowledgement. */
export interface UrgentEventReportTable {
  incident_id: string;
  counter_id: string;
  first_responsible_id: string;
  reported_at: string;
  reported_to_unit_id: string;
  deadline_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  ack_note: string | null;
  escalated_at: string | null;
  escalated_to_unit_id: string | null;
}

/** D-13 whose shift a record found after a handover belongs to. */
export interface ShiftResponsibilityTable {
  entity_type: "incident" | "equipment_fault";
  entity_id: string;
  counter_id: string;
  handover_id: string;
  user_id: string;
  role: "incoming" | "outgoing";
  recorded_at: string;
}

export interface ShiftReliefTables {
  shift_handover_reliefs: ShiftHandoverReliefTable;
  shift_fitness_checks: ShiftFitnessCheckTable;
  team_meetings: TeamMeetingTable;
  urgent_event_reports: UrgentEventReportTable;
  shift_responsibilities: ShiftResponsibilityTable;
}
