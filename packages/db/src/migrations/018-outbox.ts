/**
 * 018 Reliable events (issue 12 item 5): the transactional outbox (a change writes its domain events in
 * its own transaction; a relay publishes them after commit and marks them published, at least once) and
 * the notifications subscribers build from them for the people concerned. Kinds are a literal snapshot.
 */
import { sql } from "kysely";
import type { Migration } from "./migration-db.js";

const NOTIFICATION_KINDS = ["case_alert", "case_routed", "finding_raised", "incident_reported", "incident_escalated", "reminder"];
const SUBJECT_TYPES = ["case", "finding", "incident", "reminder"];
const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");

export const m018Outbox: Migration = {
  id: "018-outbox",
  async up(db: Parameters<Migration["up"]>[0], engine: Parameters<Migration["up"]>[1]) {
    await db.schema
      .createTable("outbox")
      .addColumn("seq", engine === "postgres" ? "bigserial" : "integer", (c) => (engine === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("event_id", "text", (c) => c.notNull().unique())
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("source_id", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("lease_until", "text")
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("published_at", "text")
      .execute();
    await sql`create index outbox_unpublished on outbox (seq) where published_at is null`.execute(db);
    await db.schema.createIndex("outbox_published_at").on("outbox").column("published_at").execute();

    await db.schema
      .createTable("notifications")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("kind", "text", (c) => c.notNull().check(sql.raw(`kind in (${quoted(NOTIFICATION_KINDS)})`)))
      .addColumn("subject_type", "text", (c) => c.notNull().check(sql.raw(`subject_type in (${quoted(SUBJECT_TYPES)})`)))
      .addColumn("subject_id", "text", (c) => c.notNull())
      .addColumn("org_unit_id", "text")
      .addColumn("dedupe_key", "text", (c) => c.notNull())
      .addColumn("event_id", "text")
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("read_at", "text")
      .addUniqueConstraint("notifications_user_dedupe", ["user_id", "dedupe_key"])
      .execute();
    await db.schema.createIndex("notifications_user_created").on("notifications").columns(["user_id", "created_at"]).execute();
  },
};
