/** 001 foundation: organisation (ORG-01), accounts and permissions (K-06, K-07), calendar (CAL-01), audit. */
import { sql } from "kysely";
import type { MigrationDb } from "./migration-db.js";
import { ROLE_PERMISSIONS_001 } from "./snapshots/001-role-permissions.js";
import type { Migration } from "./migration-db.js";

export const m001Foundation: Migration = {
  id: "001-foundation",
  async up(db: MigrationDb, engine) {
    await db.schema
      .createTable("org_units")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("parent_id", "text", (c) => c.references("org_units.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("code", "text", (c) => c.notNull().unique())
      .addColumn("path", "text", (c) => c.notNull())
      .addColumn("depth", "integer", (c) => c.notNull())
      .addColumn("time_zone", "text", (c) => c.notNull())
      .addColumn("business_hours", "text", (c) => c.notNull())
      .addColumn("lunch_duty", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("org_units_parent").on("org_units").column("parent_id").execute();
    await db.schema.createIndex("org_units_path").on("org_units").column("path").execute();

    await db.schema
      .createTable("users")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("username", "text", (c) => c.notNull().unique())
      .addColumn("display_name", "text", (c) => c.notNull())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("password_changed_at", "text", (c) => c.notNull())
      .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("failed_attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("locked_until", "text")
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("deactivated_at", "text")
      .execute();
    await db.schema.createIndex("users_org").on("users").column("org_unit_id").execute();

    await db.schema
      .createTable("user_roles")
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("role", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("user_roles_pk", ["user_id", "role"])
      .execute();

    await db.schema
      .createTable("password_history")
      .addColumn("id", engine === "postgres" ? "bigserial" : "integer", (c) =>
        engine === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("password_history_user").on("password_history").column("user_id").execute();

    await db.schema
      .createTable("role_permissions")
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("updated_by", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("role_permissions_pk", ["role", "action"])
      .execute();

    await db.schema
      .createTable("devices")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_by", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("user_id", "text", (c) => c.references("users.id"))
      .addColumn("device_id", "text", (c) => c.references("devices.id"))
      .addColumn("csrf_token", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

    await db.schema
      .createTable("calendar_years")
      .addColumn("year", "integer", (c) => c.primaryKey())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("loaded_by", "text")
      .addColumn("loaded_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("calendar_overrides")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("created_by", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("calendar_overrides_unit_date", ["org_unit_id", "date"])
      .execute();

    await db.schema
      .createTable("audit_log")
      .addColumn("seq", engine === "postgres" ? "bigint" : "integer", (c) => c.primaryKey())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor_id", "text")
      .addColumn("actor_name", "text")
      .addColumn("org_unit_id", "text")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("entity_type", "text", (c) => c.notNull())
      .addColumn("entity_id", "text")
      .addColumn("details", "text", (c) => c.notNull())
      .addColumn("prev_hash", "text", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .execute();
    // Append-only at the database level too: updates and deletes are refused by triggers.
    if (engine === "postgres") {
      await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
        begin raise exception 'audit_log is append-only'; end $$`.execute(db);
      await sql`create trigger audit_log_no_update before update or delete on audit_log
        for each row execute function audit_log_append_only()`.execute(db);
    } else {
      await sql`create trigger audit_log_no_update before update on audit_log
        begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
      await sql`create trigger audit_log_no_delete before delete on audit_log
        begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    }
    await db.schema.createIndex("audit_log_entity").on("audit_log").columns(["entity_type", "entity_id"]).execute();
    await db.schema.createIndex("audit_log_org_at").on("audit_log").columns(["org_unit_id", "at"]).execute();

    const now = new Date().toISOString();
    const rows = Object.entries(ROLE_PERMISSIONS_001).flatMap(([role, actions]) =>
      [...new Set(actions)].map((action) => ({ role, action, updated_by: null, updated_at: now })),
    );
    await db.insertInto("role_permissions").values(rows).execute();
  },
};
