/** Q-13 ticket service records and kiosk help requests (migration 022). */
export interface TicketServiceRecordTable {
  ticket_id: string;
  counter_id: string;
  business_date: string;
  elderly: number;
  assisted_by_staff: number;
  paper_form: number;
  single_person: number;
  self_service_device_id: string | null;
  operated_by: "customer" | "staff" | null;
  finding_id: string | null;
  recorded_by: string;
  recorded_at: string;
}
export interface KioskHelpRequestTable {
  id: string;
  counter_id: string;
  device_id: string | null;
  kind: "staff_help" | "paper_form";
  business_date: string;
  requested_at: string;
  served_by: string | null;
  served_at: string | null;
}
export interface ElderlyTables {
  ticket_service_records: TicketServiceRecordTable;
  kiosk_help_requests: KioskHelpRequestTable;
}
