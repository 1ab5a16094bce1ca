/**
 * Internal-control register tables (migration 005): seals and documents, leave, findings, AML, archives.
 * Enum columns carry the value lists of @ccms/core (register-values.ts, checked against the contracts'
 * zod enums by packages/db/test/control); migration 017 guards them with CHECK constraints.
 */
import type {
  AmlDirection,
  AmlMethod,
  ArchiveBorrowingStatus,
  ControlFindingKind,
  ControlFindingStatus,
  ControlItemKind,
  ControlItemStatus,
  CorrectiveActionSource,
  CorrectiveActionStatus,
  CustodyMovementKind,
  HandBackStatus,
  LeaveKind,
} from "@ccms/core";

export interface ControlItemTable {
  id: string;
  counter_id: string;
  kind: ControlItemKind;
  item_type: string;
  name: string;
  prefix: string | null;
  serial_from: string | null;
  serial_to: string | null;
  quantity: number;
  custodian_id: string | null;
  in_safe: number;
  status: ControlItemStatus;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CustodyMovementTable {
  id: string;
  item_id: string;
  counter_id: string;
  kind: CustodyMovementKind;
  from_user_id: string | null;
  to_user_id: string | null;
  counted: number;
  serial_from: string | null;
  serial_to: string | null;
  note: string | null;
  by_id: string;
  at: string;
}

export interface ItemUsageTable {
  id: string;
  item_id: string;
  counter_id: string;
  user_id: string;
  document_ref: string;
  purpose: string;
  serial: string | null;
  used_at: string;
}

export interface ItemLossTable {
  id: string;
  item_id: string;
  counter_id: string;
  kind: ControlItemKind;
  serials: string;
  quantity: number;
  incomplete_set: number;
  responsible_user_ids: string;
  occurred_on: string;
  month: string;
  note: string;
  recorded_by: string;
  created_at: string;
  finding_id: string | null;
}

export interface WriteOffListTable {
  id: string;
  counter_id: string;
  list_no: string;
  reason: string;
  lines: string;
  prepared_by: string;
  created_at: string;
}

export interface LeavePeriodTable {
  id: string;
  user_id: string;
  org_unit_id: string;
  date_from: string;
  date_to: string;
  kind: LeaveKind;
  approved: number;
  working_days: number;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

export interface HandBackTable {
  id: string;
  counter_id: string;
  leave_id: string;
  user_id: string;
  due_date: string;
  status: HandBackStatus;
  item_ids: string;
  received_by: string | null;
  counted: number;
  done_at: string | null;
  created_at: string;
}

export interface ControlFindingTable {
  id: string;
  kind: ControlFindingKind;
  org_unit_id: string;
  reported_to_unit_id: string | null;
  subject_user_ids: string;
  title: string;
  details: string;
  dedupe_key: string | null;
  status: ControlFindingStatus;
  resolution: string | null;
  created_at: string;
  closed_at: string | null;
}

export interface CorrectiveActionTable {
  id: string;
  counter_id: string;
  source: CorrectiveActionSource;
  source_id: string;
  item_key: string | null;
  description: string;
  owner_id: string;
  due_date: string;
  status: CorrectiveActionStatus;
  resolution_note: string | null;
  photos: string;
  done_at: string | null;
  verified_by: string | null;
  created_at: string;
}

export interface AmlSettingTable {
  org_unit_id: string;
  cash_threshold_fen: number;
  transfer_threshold_fen: number;
  updated_by: string | null;
  updated_at: string;
}

export interface AmlTransactionTable {
  id: string;
  counter_id: string;
  occurred_at: string;
  direction: AmlDirection;
  method: AmlMethod;
  amount_fen: number;
  customer_name: string;
  customer_id_type: string;
  customer_id_no: string;
  identified: number;
  policy_no: string | null;
  large_amount: number;
  suspicious: number;
  suspicious_reasons: string;
  reported_at: string | null;
  report_ref: string | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

export interface AmlSelfInspectionTable {
  id: string;
  counter_id: string;
  period: string;
  items: string;
  rectification_deadline: string | null;
  recorded_by: string;
  created_at: string;
}

export interface ArchiveBorrowingTable {
  id: string;
  counter_id: string;
  archive_ref: string;
  title: string;
  borrower_id: string;
  purpose: string;
  due_date: string;
  status: ArchiveBorrowingStatus;
  decided_by: string | null;
  decision_note: string | null;
  lent_at: string | null;
  returned_at: string | null;
  return_note: string | null;
  created_at: string;
}

export interface ControlRegisterTables {
  control_items: ControlItemTable;
  custody_movements: CustodyMovementTable;
  item_usages: ItemUsageTable;
  item_losses: ItemLossTable;
  write_off_lists: WriteOffListTable;
  leave_periods: LeavePeriodTable;
  hand_backs: HandBackTable;
  control_findings: ControlFindingTable;
  corrective_actions: CorrectiveActionTable;
  aml_settings: AmlSettingTable;
  aml_transactions: AmlTransactionTable;
  aml_self_inspections: AmlSelfInspectionTable;
  archive_borrowings: ArchiveBorrowingTable;
}
