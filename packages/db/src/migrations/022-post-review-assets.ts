/**
 * 022 Post-review, keys and fixed assets, elderly-friendly service (issue 17 items 1, 2, 6; K-12 seed
 * 001 九, K-13 seed 003-3 Art.9, 12, 13, Q-13 seed 000 九). New tables only (enum columns CHECKed on
 * both engines); two new control-finding kinds (post_review_failed, elderly_device_operation) added to
 * the kind guard of migration 017; default permissions granted with literal values as of this migration.
 */
import { sql } from "kysely";
import type { Migration, MigrationDb } from "./migration-db.js";

const check = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);
const nullableCheck = (column: string, values: readonly string[]) => sql.raw(`${column} is null or ${column} in (${values.map((v) => `'${v}'`).join(", ")})`);
const yesNo = (column: string) => sql.raw(`${column} in (0, 1)`);

/** control_findings.kind as of this migration (017's list plus two). */
const FINDING_KINDS = ["seal_loss_compensation", "off_duty_operation", "inspection_failure", "aml_rectification", "seal_loss", "daily_close_missing", "lunch_duty_uncovered", "post_review_failed", "elderly_device_operation"];

/** role → new actions (literal snapshot, 2026-11-30). */
const GRANTS: Record<string, readonly string[]> = {
  teller: ["postreview.record", "asset.count", "elderly.record"],
  guide: ["postreview.record", "asset.count", "elderly.record"],
  dutyManager: ["postreview.record", "postreview.review", "asset.count", "asset.manage", "keys.manage", "elderly.record"],
  counterManager: ["postreview.record", "postreview.review", "postreview.manage", "asset.count", "asset.manage", "keys.manage", "elderly.record"],
};

async function grant(db: MigrationDb): Promise<void> {
  const now = new Date().toISOString();
  for (const [role, actions] of Object.entries(GRANTS)) {
    for (const action of actions) {
      const exists = await db.selectFrom("role_permissions").select("role").where("role", "=", role).where("action", "=", action).executeTakeFirst();
      if (!exists) await db.insertInto("role_permissions").values({ role, action, updated_by: null, updated_at: now }).execute();
    }
  }
}

export const m022PostReviewAssets: Migration = {
  id: "022-post-review-assets",
  async up(db, engine) {
    // K-12 post-review queue
    await db.schema
      .createTable("post_review_items")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("source_type", "text", (c) => c.notNull().check(check("source_type", ["ticket", "case_action", "seal_use"])))
      .addColumn("source_id", "text", (c) => c.notNull())
      .addColumn("summary", "text", (c) => c.notNull())
      .addColumn("performed_by", "text", (c) => c.notNull())
      .addColumn("participants", "text", (c) => c.notNull())
      .addColumn("completed_at", "text", (c) => c.notNull())
      .addColumn("business_date", "text", (c) => c.notNull())
      .addColumn("due_date", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull().check(check("status", ["pending", "passed", "failed"])))
      .addColumn("reviewer_id", "text")
      .addColumn("reviewed_at", "text")
      .addColumn("review_note", "text")
      .addColumn("finding_id", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("post_review_items_source").unique().on("post_review_items").columns(["source_type", "source_id"]).execute();
    await db.schema.createIndex("post_review_items_counter_status").on("post_review_items").columns(["counter_id", "status", "due_date"]).execute();
    await db.schema
      .createTable("post_review_settings")
      .addColumn("counter_id", "text", (c) => c.primaryKey())
      .addColumn("review_days", "integer", (c) => c.notNull())
      .addColumn("updated_by", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    // K-13 keys and alarm codes
    await db.schema
      .createTable("key_holdings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull().check(check("kind", ["main_door_key", "auto_door_key", "alarm_code"])))
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("holder_id", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("key_holdings_counter").on("key_holdings").columns(["counter_id"]).execute();
    await db.schema.createIndex("key_holdings_holder").on("key_holdings").columns(["holder_id"]).execute();
    await db.schema
      .createTable("key_handovers")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("key_id", "text", (c) => c.notNull())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("from_user_id", "text")
      .addColumn("to_user_id", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("handed_at", "text", (c) => c.notNull())
      .addColumn("recorded_by", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("key_handovers_key").on("key_handovers").columns(["key_id", "handed_at"]).execute();

    // K-13 fixed assets, handovers, hall custodian rota and counts
    await db.schema
      .createTable("fixed_assets")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("asset_no", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("category", "text")
      .addColumn("location", "text")
      .addColumn("quantity", "integer", (c) => c.notNull())
      .addColumn("custodian_id", "text", (c) => c.notNull())
      .addColumn("shared_hall", "integer", (c) => c.notNull().check(yesNo("shared_hall")))
      .addColumn("status", "text", (c) => c.notNull().check(check("status", ["active", "disposed"])))
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("fixed_assets_counter_no").unique().on("fixed_assets").columns(["counter_id", "asset_no"]).execute();
    await db.schema.createIndex("fixed_assets_custodian").on("fixed_assets").columns(["custodian_id"]).execute();
    await db.schema
      .createTable("asset_handovers")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("asset_id", "text", (c) => c.notNull())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("from_user_id", "text")
      .addColumn("to_user_id", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull().check(check("reason", ["move", "exit", "rotation", "other"])))
      .addColumn("note", "text")
      .addColumn("handed_at", "text", (c) => c.notNull())
      .addColumn("recorded_by", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("asset_handovers_asset").on("asset_handovers").columns(["asset_id", "handed_at"]).execute();
    await db.schema
      .createTable("hall_custodian_rotas")
      .addColumn("counter_id", "text", (c) => c.primaryKey())
      .addColumn("start_date", "text", (c) => c.notNull())
      .addColumn("user_ids", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("hall_equipment_counts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("business_date", "text", (c) => c.notNull())
      .addColumn("custodian_id", "text", (c) => c.notNull())
      .addColumn("lines", "text", (c) => c.notNull())
      .addColumn("short_count", "integer", (c) => c.notNull())
      .addColumn("counted_by", "text", (c) => c.notNull())
      .addColumn("counted_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("hall_equipment_counts_counter_date").on("hall_equipment_counts").columns(["counter_id", "business_date"]).execute();

    // Q-13 elderly-friendly service
    await db.schema
      .createTable("ticket_service_records")
      .addColumn("ticket_id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("business_date", "text", (c) => c.notNull())
      .addColumn("elderly", "integer", (c) => c.notNull().check(yesNo("elderly")))
      .addColumn("assisted_by_staff", "integer", (c) => c.notNull().check(yesNo("assisted_by_staff")))
      .addColumn("paper_form", "integer", (c) => c.notNull().check(yesNo("paper_form")))
      .addColumn("single_person", "integer", (c) => c.notNull().check(yesNo("single_person")))
      .addColumn("self_service_device_id", "text")
      .addColumn("operated_by", "text", (c) => c.check(nullableCheck("operated_by", ["customer", "staff"])))
      .addColumn("finding_id", "text")
      .addColumn("recorded_by", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("ticket_service_records_counter_date").on("ticket_service_records").columns(["counter_id", "business_date"]).execute();
    await db.schema
      .createTable("kiosk_help_requests")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("device_id", "text")
      .addColumn("kind", "text", (c) => c.notNull().check(check("kind", ["staff_help", "paper_form"])))
      .addColumn("business_date", "text", (c) => c.notNull())
      .addColumn("requested_at", "text", (c) => c.notNull())
      .addColumn("served_by", "text")
      .addColumn("served_at", "text")
      .execute();
    await db.schema.createIndex("kiosk_help_requests_counter_date").on("kiosk_help_requests").columns(["counter_id", "business_date"]).execute();

    // control_findings.kind: two new kinds (017's guard replaced by the longer list).
    const allowed = FINDING_KINDS.map((v) => `'${v}'`).join(", ");
    const name = "ck_control_findings_kind";
    if (engine === "postgres") {
      await sql.raw(`ALTER TABLE control_findings DROP CONSTRAINT IF EXISTS ${name}`).execute(db);
      await sql.raw(`ALTER TABLE control_findings ADD CONSTRAINT ${name} CHECK (kind IN (${allowed})) NOT VALID`).execute(db);
    } else {
      const raise = `SELECT RAISE(ABORT, 'check constraint failed: ${name}') WHERE NEW.kind NOT IN (${allowed});`;
      await sql.raw(`DROP TRIGGER IF EXISTS ${name}_insert`).execute(db);
      await sql.raw(`DROP TRIGGER IF EXISTS ${name}_update`).execute(db);
      await sql.raw(`CREATE TRIGGER ${name}_insert BEFORE INSERT ON control_findings FOR EACH ROW BEGIN ${raise} END`).execute(db);
      await sql.raw(`CREATE TRIGGER ${name}_update BEFORE UPDATE OF kind ON control_findings FOR EACH ROW BEGIN ${raise} END`).execute(db);
    }

    await grant(db);
  },
};
