/** 002 queue and counter service (Q-01…Q-12, ORG-03, Q-10 appointments) and its default permissions. */
import { sql } from "kysely";
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

/** Default grants (K-07 table is data; administrators change them later). */
export const QUEUE_DEFAULT_GRANTS: Record<string, string[]> = {
  "queue.issue": ["guide", "teller", "dutyManager", "counterManager"],
  "queue.call": ["teller", "dutyManager", "counterManager"],
  "queue.monitor": ["dutyManager", "counterManager", "branchAdmin", "hqAdmin", "auditor"],
  "queue.manage": ["dutyManager", "counterManager", "branchAdmin", "hqAdmin"],
  "appointment.book": ["agent", "guide", "dutyManager", "counterManager"],
  "appointment.approve": ["dutyManager", "counterManager"],
};

export const m002Queue: Migration = {
  id: "002-queue",
  async up(db: MigrationDb, engine) {
    await db.schema
      .createTable("queue_settings")
      .addColumn("counter_id", "text", (c) => c.primaryKey().references("org_units.id"))
      .addColumn("normal_wait_limit_minutes", "integer", (c) => c.notNull())
      .addColumn("max_consecutive_priority_calls", "integer", (c) => c.notNull())
      .addColumn("recall_limit", "integer", (c) => c.notNull())
      .addColumn("handling_limit_minutes", "integer", (c) => c.notNull())
      .addColumn("wait_target_minutes", "integer", (c) => c.notNull())
      .addColumn("peak_wait_limit_minutes", "integer", (c) => c.notNull())
      .addColumn("alert_lead_minutes", "integer", (c) => c.notNull())
      .addColumn("updated_by", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("queue_business_types")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("code", "text", (c) => c.notNull())
      .addColumn("name_zh", "text", (c) => c.notNull())
      .addColumn("name_en", "text", (c) => c.notNull())
      .addColumn("prefix", "text", (c) => c.notNull())
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("served_days", "text", (c) => c.notNull())
      .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("queue_business_types_counter_code", ["counter_id", "code"])
      .execute();

    await db.schema
      .createTable("queue_windows")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("number", "integer", (c) => c.notNull())
      .addColumn("name", "text")
      .addColumn("business_types", "text", (c) => c.notNull())
      .addColumn("vip", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("green_channel", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("teller_id", "text", (c) => c.references("users.id"))
      .addColumn("teller_name", "text")
      .addColumn("signed_in_at", "text")
      .addColumn("paused", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("paused_reason", "text")
      .addColumn("paused_at", "text")
      .addColumn("consecutive_priority_calls", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("queue_windows_counter_number", ["counter_id", "number"])
      .execute();
    await db.schema.createIndex("queue_windows_teller").on("queue_windows").column("teller_id").execute();

    await db.schema
      .createTable("queue_ticket_sequences")
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("business_type", "text", (c) => c.notNull())
      .addColumn("business_date", "text", (c) => c.notNull())
      .addColumn("last", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("queue_ticket_sequences_pk", ["counter_id", "business_type", "business_date"])
      .execute();

    await db.schema
      .createTable("queue_tickets")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("business_date", "text", (c) => c.notNull())
      .addColumn("business_type", "text", (c) => c.notNull())
      .addColumn("seq", "integer", (c) => c.notNull())
      .addColumn("number", "text", (c) => c.notNull())
      .addColumn("priority", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("issued_at", "text", (c) => c.notNull())
      .addColumn("original_issued_at", "text", (c) => c.notNull())
      .addColumn("window_id", "text")
      .addColumn("window_number", "integer")
      .addColumn("target_window_id", "text")
      .addColumn("called_at", "text")
      .addColumn("recalled_at", "text")
      .addColumn("started_at", "text")
      .addColumn("finished_at", "text")
      .addColumn("recall_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("outcome", "text")
      .addColumn("missing_documents", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("appointment_id", "text")
      .addColumn("transferred_from_id", "text")
      .addColumn("transferred_to_id", "text")
      .addColumn("issued_by", "text")
      .addColumn("served_by", "text")
      .addColumn("rating_score", "integer")
      .addColumn("rating_comment", "text")
      .addColumn("rated_at", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("queue_tickets_counter_status").on("queue_tickets").columns(["counter_id", "status"]).execute();
    await db.schema.createIndex("queue_tickets_counter_date").on("queue_tickets").columns(["counter_id", "business_date"]).execute();
    await db.schema.createIndex("queue_tickets_window_status").on("queue_tickets").columns(["window_id", "status"]).execute();
    // Gap-free numbers: one issued ticket per (counter, type, date, seq); transfers reuse the number.
    await db.schema
      .createIndex("queue_tickets_number_unique")
      .on("queue_tickets")
      .columns(["counter_id", "business_type", "business_date", "seq"])
      .unique()
      .where(sql.ref("transferred_from_id"), "is", null)
      .execute();

    await db.schema
      .createTable("queue_events")
      .addColumn("id", engine === "postgres" ? "bigserial" : "integer", (c) => (engine === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("ticket_id", "text")
      .addColumn("window_id", "text")
      .addColumn("actor_id", "text")
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("queue_events_counter").on("queue_events").columns(["counter_id", "id"]).execute();
    await db.schema.createIndex("queue_events_ticket").on("queue_events").column("ticket_id").execute();

    await db.schema
      .createTable("queue_idempotency")
      .addColumn("principal_id", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("request_hash", "text", (c) => c.notNull())
      .addColumn("status_code", "integer", (c) => c.notNull())
      .addColumn("response", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("queue_idempotency_pk", ["principal_id", "key"])
      .execute();

    await db.schema
      .createTable("queue_appointment_slots")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("weekdays", "text", (c) => c.notNull())
      .addColumn("start_time", "text", (c) => c.notNull())
      .addColumn("end_time", "text", (c) => c.notNull())
      .addColumn("capacity", "integer", (c) => c.notNull())
      .addColumn("business_type", "text")
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("queue_appointment_slots_counter").on("queue_appointment_slots").column("counter_id").execute();

    await db.schema
      .createTable("queue_appointments")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("slot_id", "text", (c) => c.notNull().references("queue_appointment_slots.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("start_time", "text", (c) => c.notNull())
      .addColumn("end_time", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("customer_name", "text", (c) => c.notNull())
      .addColumn("customer_phone", "text")
      .addColumn("business_type", "text")
      .addColumn("note", "text")
      .addColumn("booked_by", "text")
      .addColumn("booked_by_name", "text")
      .addColumn("booked_at", "text", (c) => c.notNull())
      .addColumn("approved_by", "text")
      .addColumn("approved_at", "text")
      .addColumn("confirmed_at", "text")
      .addColumn("rejected_reason", "text")
      .addColumn("cancelled_at", "text")
      .addColumn("checked_in_at", "text")
      .addColumn("ticket_id", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("queue_appointments_counter_date").on("queue_appointments").columns(["counter_id", "date"]).execute();
    await db.schema.createIndex("queue_appointments_slot_date").on("queue_appointments").columns(["slot_id", "date"]).execute();

    const now = new Date().toISOString();
    const existing = new Set(
      ((await db.selectFrom("role_permissions").select(["role", "action"]).execute()) as Array<{ role: string; action: string }>).map((r) => `${r.role}:${r.action}`),
    );
    const rows = Object.entries(QUEUE_DEFAULT_GRANTS)
      .flatMap(([action, roles]) => roles.map((role) => ({ role, action, updated_by: null, updated_at: now })))
      .filter((r) => !existing.has(`${r.role}:${r.action}`));
    if (rows.length) await db.insertInto("role_permissions").values(rows).execute();
  },
};
