/**
 * Daily operations tables (migration 004): inspections, meetings, handovers, daily close, equipment,
 * incidents, lost property. Enum columns carry the value lists of @ccms/core (daily-ops-values.ts,
 * checked against the contracts' zod enums by packages/db/test/daily-ops); migration 016 guards them.
 */
import type { DrillKind, FaultStatus, HandoverStatus, IncidentLevel, IncidentNotificationTarget, IncidentStatus, InspectionKind, InspectionStatus, LostPropertyStatus } from "@ccms/core";
import type { ShiftReliefTables } from "./relief.schema.js";
export interface InspectionTemplateTable {
  id: string;
  code: string;
  version: number;
  name: string;
  kind: InspectionKind;
  description: string | null;
  sections: string; // JSON
  created_by: string | null;
  created_at: string;
  /** 008 ORG-01 the author's unit: the version applies in its subtree (null = everywhere). */
  org_unit_id: string | null;
}

export interface InspectionTable {
  id: string;
  counter_id: string;
  template_id: string;
  kind: InspectionKind;
  business_date: string;
  inspector_id: string;
  participants: string; // JSON string[]
  status: InspectionStatus;
  answers: string; // JSON
  score: number | null; // ×10, integer
  failed_count: number;
  note: string | null;
  started_at: string;
  submitted_at: string | null;
}

export interface DailyMeetingTable {
  id: string;
  counter_id: string;
  business_date: string;
  host_id: string;
  started_at: string | null;
  ended_at: string | null;
  scheduled_from: string | null;
  scheduled_to: string | null;
  attendees: string;
  review: string | null;
  topics: string;
  case_studies: string;
  focus_issues: string;
  open_focus: number;
  created_by: string;
  created_at: string;
}

export interface ShiftHandoverTable {
  id: string;
  counter_id: string;
  business_date: string;
  shift: string;
  outgoing_lead_id: string;
  incoming_lead_id: string;
  work_done: string;
  events: string | null;
  problems: string | null;
  pending_items: string;
  notices: string | null;
  status: HandoverStatus;
  confirm_note: string | null;
  created_at: string;
  confirmed_at: string | null;
}

export interface DailyCloseTable {
  id: string;
  counter_id: string;
  business_date: string;
  closed_by: string;
  closed_at: string;
  checks: string;
  overridden: number;
  override_reason: string | null;
  notes: string | null;
  special_matters: string | null;
}

export interface EquipmentTable {
  id: string;
  counter_id: string;
  name: string;
  category: string;
  model: string | null;
  serial_no: string | null;
  location: string | null;
  responsible_user_id: string;
  maintainer: string | null;
  maintainer_contact: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface EquipmentFaultTable {
  id: string;
  equipment_id: string;
  counter_id: string;
  description: string;
  status: FaultStatus;
  maintainer: string | null;
  reported_by: string;
  reported_at: string;
  repaired_at: string | null;
  log: string;
}

export interface IncidentTable {
  id: string;
  counter_id: string;
  title: string;
  description: string;
  occurred_at: string;
  facts: string;
  level: IncidentLevel;
  suggestion: string;
  status: IncidentStatus;
  reported_by: string;
  timeline: string;
  closed_at: string | null;
  summary: string | null;
  created_at: string;
}

export interface IncidentNotificationTable {
  id: string;
  incident_id: string;
  target_level: IncidentNotificationTarget;
  org_unit_id: string;
  notified_at: string;
}

export interface DrillTable {
  id: string;
  counter_id: string;
  date: string;
  kind: DrillKind;
  scenario: string;
  participants: string;
  notes: string | null;
  recorded_by: string;
  created_at: string;
}

export interface LostPropertyTable {
  id: string;
  counter_id: string;
  description: string;
  found_at: string;
  found_place: string | null;
  found_by: string | null;
  stored_at: string | null;
  status: LostPropertyStatus;
  returned_to: string | null;
  identity_note: string | null;
  returned_at: string | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

/** 023 D-12, D-13, D-14 tables are part of the daily-operations tables. */
export interface DailyOpsTables extends ShiftReliefTables {
  inspection_templates: InspectionTemplateTable;
  inspections: InspectionTable;
  daily_meetings: DailyMeetingTable;
  shift_handovers: ShiftHandoverTable;
  daily_closes: DailyCloseTable;
  equipment: EquipmentTable;
  equipment_faults: EquipmentFaultTable;
  incidents: IncidentTable;
  incident_notifications: IncidentNotificationTable;
  emergency_drills: DrillTable;
  lost_property: LostPropertyTable;
}
