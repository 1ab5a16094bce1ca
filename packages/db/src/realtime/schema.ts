/** Tables of migration 018: the transactional outbox and the notifications built from its events. */
import type { Generated } from "kysely";

/** One domain event, written in the transaction of the change; published by the relay after commit. */
export interface OutboxTable {
  seq: Generated<number>;
  /** Unique event id (ULID): subscribers are idempotent by it (at-least-once delivery). */
  event_id: string;
  channel: string;
  type: string;
  /** JSON of the event payload. */
  data: string;
  /** The producer's own event id (e.g. a queue event's SSE id), when it has one. */
  source_id: string | null;
  created_at: string;
  /** A relay claimed the row until this instant; another relay takes it over afterwards. */
  lease_until: string | null;
  attempts: number;
  published_at: string | null;
}

/** Literal copy of the kinds the migration's CHECK allows (contracts: NOTIFICATION_KINDS). */
export type NotificationKindValue = "case_alert" | "case_routed" | "finding_raised" | "incident_reported" | "incident_escalated" | "reminder";
export type NotificationSubjectValue = "case" | "finding" | "incident" | "reminder";

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: NotificationKindValue;
  subject_type: NotificationSubjectValue;
  subject_id: string;
  org_unit_id: string | null;
  /** Once per (user, key): the outbox event id, or a stable key for repeated sweeps (reminders). */
  dedupe_key: string;
  event_id: string | null;
  /** JSON: names and values to word the message. */
  data: string;
  created_at: string;
  read_at: string | null;
}

export interface RealtimeTables {
  outbox: OutboxTable;
  notifications: NotificationTable;
}
