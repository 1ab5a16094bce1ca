/**
 * The values a daily-operations register column may hold (D-01…D-11). One list per column: the db
 * repositories type their columns from these, migration 016 keeps its own literal snapshot in CHECK
 * constraints (PostgreSQL) / triggers (SQLite), and a contract test checks the zod enums in
 * @ccms/contracts against them.
 */
import type { InspectionKind } from "./inspection-templates.js";
import type { FaultStatus } from "./daily-ops-states.js";
import type { IncidentLevel } from "./suggest-incident-level.js";

export const INSPECTION_KINDS = ["patrol", "security_check", "safety_monthly", "environment", "custom"] as const satisfies readonly InspectionKind[];

export const INSPECTION_STATUSES = ["in_progress", "submitted"] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const HANDOVER_STATUSES = ["pending", "confirmed"] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export const FAULT_STATUSES = ["reported", "repairing", "repaired", "unrepairable"] as const satisfies readonly FaultStatus[];

export const INCIDENT_LEVELS = ["I", "II", "III", "IV"] as const satisfies readonly IncidentLevel[];

export const INCIDENT_STATUSES = ["open", "closed"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_NOTIFICATION_TARGETS = ["hq", "province", "local"] as const;
export type IncidentNotificationTarget = (typeof INCIDENT_NOTIFICATION_TARGETS)[number];

export const DRILL_KINDS = ["drill", "risk_review", "warning"] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export const LOST_PROPERTY_STATUSES = ["kept", "returned"] as const;
export type LostPropertyStatus = (typeof LOST_PROPERTY_STATUSES)[number];
