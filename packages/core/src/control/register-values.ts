/**
 * The values an internal-control register column may hold (K-01…K-11, D-06). One list per column:
 * the db repositories type their columns from these, migration 017 keeps its own literal snapshot in
 * CHECK constraints, and a contract test checks the zod enums in @ccms/contracts against them.
 */
export const CONTROL_ITEM_KINDS = ["seal", "document"] as const;
export type ControlItemKind = (typeof CONTROL_ITEM_KINDS)[number];

export const CONTROL_ITEM_STATUSES = ["active", "lost", "written_off", "used_up"] as const;

export const CUSTODY_MOVEMENT_KINDS = ["registered", "issued", "returned", "handed_over", "hand_back", "lost", "written_off", "split"] as const;
export type CustodyMovementKind = (typeof CUSTODY_MOVEMENT_KINDS)[number];

export const LEAVE_KINDS = ["annual", "sick", "personal", "business_trip", "training", "other"] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

export const HAND_BACK_STATUSES = ["pending", "done", "cancelled"] as const;
export type HandBackStatus = (typeof HAND_BACK_STATUSES)[number];

export const CONTROL_FINDING_KINDS = ["seal_loss_compensation", "off_duty_operation", "inspection_failure", "aml_rectification", "seal_loss", "daily_close_missing", "lunch_duty_uncovered", "post_review_failed", "elderly_device_operation"] as const;
export type ControlFindingKind = (typeof CONTROL_FINDING_KINDS)[number];

export const CONTROL_FINDING_STATUSES = ["open", "investigating", "closed"] as const;
export type ControlFindingStatus = (typeof CONTROL_FINDING_STATUSES)[number];

export const CORRECTIVE_ACTION_SOURCES = ["inspection", "finding", "aml_self_inspection"] as const;
export type CorrectiveActionSource = (typeof CORRECTIVE_ACTION_SOURCES)[number];

export const CORRECTIVE_ACTION_STATUSES = ["open", "done", "verified"] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

export const AML_DIRECTIONS = ["receipt", "payment"] as const;
export type AmlDirection = (typeof AML_DIRECTIONS)[number];

export const AML_METHODS = ["cash", "transfer"] as const;
export type AmlMethod = (typeof AML_METHODS)[number];

export const ARCHIVE_BORROWING_STATUSES = ["requested", "approved", "rejected", "lent", "returned"] as const;
