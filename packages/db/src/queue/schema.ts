/** Queue and counter service tables (migration 002). */
import type { Generated } from "kysely";

export interface QueueSettingsTable {
  counter_id: string;
  normal_wait_limit_minutes: number;
  max_consecutive_priority_calls: number;
  recall_limit: number;
  handling_limit_minutes: number;
  wait_target_minutes: number;
  peak_wait_limit_minutes: number;
  alert_lead_minutes: number;
  updated_by: string | null;
  updated_at: string;
}

export interface QueueBusinessTypeTable {
  id: string;
  counter_id: string;
  code: string;
  name_zh: string;
  name_en: string;
  prefix: string;
  active: number;
  served_days: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface QueueWindowTable {
  id: string;
  counter_id: string;
  number: number;
  name: string | null;
  business_types: string;
  vip: number;
  green_channel: number;
  active: number;
  teller_id: string | null;
  teller_name: string | null;
  signed_in_at: string | null;
  paused: number;
  paused_reason: string | null;
  paused_at: string | null;
  consecutive_priority_calls: number;
  created_at: string;
  updated_at: string;
}

export interface QueueTicketSequenceTable {
  counter_id: string;
  business_type: string;
  business_date: string;
  last: number;
}

export interface QueueTicketTable {
  id: string;
  counter_id: string;
  business_date: string;
  business_type: string;
  seq: number;
  number: string;
  priority: string;
  status: string;
  issued_at: string;
  original_issued_at: string;
  window_id: string | null;
  window_number: number | null;
  target_window_id: string | null;
  called_at: string | null;
  recalled_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  recall_count: number;
  outcome: string | null;
  missing_documents: string;
  appointment_id: string | null;
  transferred_from_id: string | null;
  transferred_to_id: string | null;
  issued_by: string | null;
  served_by: string | null;
  rating_score: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  updated_at: string;
}

export interface QueueEventTable {
  id: Generated<number>;
  counter_id: string;
  type: string;
  ticket_id: string | null;
  window_id: string | null;
  actor_id: string | null;
  data: string;
  at: string;
}

export interface QueueIdempotencyTable {
  principal_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
}

export interface QueueAppointmentSlotTable {
  id: string;
  counter_id: string;
  kind: string;
  weekdays: string;
  start_time: string;
  end_time: string;
  capacity: number;
  business_type: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface QueueAppointmentTable {
  id: string;
  counter_id: string;
  slot_id: string;
  kind: string;
  date: string;
  start_time: string;
  end_time: string;
  status: string;
  customer_name: string;
  customer_phone: string | null;
  business_type: string | null;
  note: string | null;
  booked_by: string | null;
  booked_by_name: string | null;
  booked_at: string;
  approved_by: string | null;
  approved_at: string | null;
  confirmed_at: string | null;
  rejected_reason: string | null;
  cancelled_at: string | null;
  checked_in_at: string | null;
  ticket_id: string | null;
  updated_at: string;
}

export interface QueueTables {
  queue_settings: QueueSettingsTable;
  queue_business_types: QueueBusinessTypeTable;
  queue_windows: QueueWindowTable;
  queue_ticket_sequences: QueueTicketSequenceTable;
  queue_tickets: QueueTicketTable;
  queue_events: QueueEventTable;
  queue_idempotency: QueueIdempotencyTable;
  queue_appointment_slots: QueueAppointmentSlotTable;
  queue_appointments: QueueAppointmentTable;
}
