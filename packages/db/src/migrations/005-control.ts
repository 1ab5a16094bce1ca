/**
 * 005 internal-control registers: seals and controlled documents with custody, usage, losses and
 * manual write-off lists (K-01…K-05); leave register (seam for the people module: K-02, D-06);
 * findings and corrective actions; AML register and self-inspections (K-10); archive borrowing (K-11).
 */
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";
import { createTableFromSpec, grantDefaults } from "../daily-ops/migration-helpers.js";

export const CONTROL_REGISTER_ACTIONS = [
  "control.read",
  "seal.manage",
  "seal.custody",
  "leave.manage",
  "finding.read",
  "finding.manage",
  "aml.record",
  "aml.manage",
  "archive.borrow",
  "archive.manage",
] as const;

export const m005Control: Migration = {
  id: "005-control",
  async up(db: MigrationDb, engine) {
    await createTableFromSpec(db, "control_items", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["kind", "text", "nn"],
      ["item_type", "text", "nn"],
      ["name", "text", "nn"],
      ["prefix", "text"],
      ["serial_from", "text"],
      ["serial_to", "text"],
      ["quantity", "integer", "nn"],
      ["custodian_id", "text"],
      ["in_safe", "integer", "nn"],
      ["status", "text", "nn"],
      ["parent_id", "text"],
      ["created_at", "text", "nn"],
      ["updated_at", "text", "nn"],
    ]);
    await db.schema.createIndex("control_items_counter").on("control_items").columns(["counter_id", "status"]).execute();
    await db.schema.createIndex("control_items_custodian").on("control_items").column("custodian_id").execute();

    await createTableFromSpec(db, "custody_movements", [
      ["id", "text", "pk"],
      ["item_id", "text", "nn"],
      ["counter_id", "text", "nn"],
      ["kind", "text", "nn"],
      ["from_user_id", "text"],
      ["to_user_id", "text"],
      ["counted", "integer", "nn"],
      ["serial_from", "text"],
      ["serial_to", "text"],
      ["note", "text"],
      ["by_id", "text", "nn"],
      ["at", "text", "nn"],
    ]);
    await db.schema.createIndex("custody_movements_item").on("custody_movements").column("item_id").execute();
    await db.schema.createIndex("custody_movements_counter_at").on("custody_movements").columns(["counter_id", "at"]).execute();

    await createTableFromSpec(db, "item_usages", [
      ["id", "text", "pk"],
      ["item_id", "text", "nn"],
      ["counter_id", "text", "nn"],
      ["user_id", "text", "nn"],
      ["document_ref", "text", "nn"],
      ["purpose", "text", "nn"],
      ["serial", "text"],
      ["used_at", "text", "nn"],
    ]);
    await db.schema.createIndex("item_usages_counter_at").on("item_usages").columns(["counter_id", "used_at"]).execute();

    await createTableFromSpec(db, "item_losses", [
      ["id", "text", "pk"],
      ["item_id", "text", "nn"],
      ["counter_id", "text", "nn"],
      ["kind", "text", "nn"],
      ["serials", "text", "nn"],
      ["quantity", "integer", "nn"],
      ["incomplete_set", "integer", "nn"],
      ["responsible_user_ids", "text", "nn"],
      ["occurred_on", "text", "nn"],
      ["month", "text", "nn"],
      ["note", "text", "nn"],
      ["recorded_by", "text", "nn"],
      ["created_at", "text", "nn"],
      ["finding_id", "text"],
    ]);
    await db.schema.createIndex("item_losses_counter_month").on("item_losses").columns(["counter_id", "month"]).execute();

    await createTableFromSpec(db, "write_off_lists", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["list_no", "text", "nn"],
      ["reason", "text", "nn"],
      ["lines", "text", "nn"],
      ["prepared_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);

    await createTableFromSpec(db, "leave_periods", [
      ["id", "text", "pk"],
      ["user_id", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["date_from", "text", "nn"],
      ["date_to", "text", "nn"],
      ["kind", "text", "nn"],
      ["approved", "integer", "nn"],
      ["working_days", "integer", "nn"],
      ["note", "text"],
      ["recorded_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("leave_periods_user").on("leave_periods").columns(["user_id", "date_from"]).execute();

    await createTableFromSpec(db, "hand_backs", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["leave_id", "text", "nn"],
      ["user_id", "text", "nn"],
      ["due_date", "text", "nn"],
      ["status", "text", "nn"],
      ["item_ids", "text", "nn"],
      ["received_by", "text"],
      ["counted", "integer", "nn"],
      ["done_at", "text"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("hand_backs_counter_due").on("hand_backs").columns(["counter_id", "due_date"]).execute();

    await createTableFromSpec(db, "control_findings", [
      ["id", "text", "pk"],
      ["kind", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["reported_to_unit_id", "text"],
      ["subject_user_ids", "text", "nn"],
      ["title", "text", "nn"],
      ["details", "text", "nn"],
      ["dedupe_key", "text"],
      ["status", "text", "nn"],
      ["resolution", "text"],
      ["created_at", "text", "nn"],
      ["closed_at", "text"],
    ]);
    await db.schema.createIndex("control_findings_unit").on("control_findings").columns(["org_unit_id", "kind"]).execute();
    await db.schema.createIndex("control_findings_dedupe").on("control_findings").column("dedupe_key").execute();

    await createTableFromSpec(db, "corrective_actions", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["source", "text", "nn"],
      ["source_id", "text", "nn"],
      ["item_key", "text"],
      ["description", "text", "nn"],
      ["owner_id", "text", "nn"],
      ["due_date", "text", "nn"],
      ["status", "text", "nn"],
      ["resolution_note", "text"],
      ["photos", "text", "nn"],
      ["done_at", "text"],
      ["verified_by", "text"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("corrective_actions_counter").on("corrective_actions").columns(["counter_id", "status"]).execute();

    await createTableFromSpec(db, "aml_settings", [
      ["org_unit_id", "text", "pk"],
      ["cash_threshold_fen", "bigint", "nn"],
      ["transfer_threshold_fen", "bigint", "nn"],
      ["updated_by", "text"],
      ["updated_at", "text", "nn"],
    ]);

    await createTableFromSpec(db, "aml_transactions", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["occurred_at", "text", "nn"],
      ["direction", "text", "nn"],
      ["method", "text", "nn"],
      ["amount_fen", "bigint", "nn"],
      ["customer_name", "text", "nn"],
      ["customer_id_type", "text", "nn"],
      ["customer_id_no", "text", "nn"],
      ["identified", "integer", "nn"],
      ["policy_no", "text"],
      ["large_amount", "integer", "nn"],
      ["suspicious", "integer", "nn"],
      ["suspicious_reasons", "text", "nn"],
      ["reported_at", "text"],
      ["report_ref", "text"],
      ["note", "text"],
      ["recorded_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("aml_transactions_counter_at").on("aml_transactions").columns(["counter_id", "occurred_at"]).execute();

    await createTableFromSpec(db, "aml_self_inspections", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["period", "text", "nn"],
      ["items", "text", "nn"],
      ["rectification_deadline", "text"],
      ["recorded_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);

    await createTableFromSpec(db, "archive_borrowings", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["archive_ref", "text", "nn"],
      ["title", "text", "nn"],
      ["borrower_id", "text", "nn"],
      ["purpose", "text", "nn"],
      ["due_date", "text", "nn"],
      ["status", "text", "nn"],
      ["decided_by", "text"],
      ["decision_note", "text"],
      ["lent_at", "text"],
      ["returned_at", "text"],
      ["return_note", "text"],
      ["created_at", "text", "nn"],
    ]);
    void engine;

    const read = ["control.read"];
    await grantDefaults(db, {
      teller: [...read, "seal.custody", "aml.record", "archive.borrow"],
      dutyManager: [...read, "seal.custody", "seal.manage", "aml.record", "aml.manage", "archive.borrow"],
      counterManager: [...read, "seal.custody", "seal.manage", "leave.manage", "finding.read", "aml.record", "aml.manage", "archive.borrow", "archive.manage"],
      branchAdmin: [...read, "leave.manage", "finding.read", "finding.manage", "aml.manage"],
      hqAdmin: [...read, "leave.manage", "finding.read", "finding.manage", "aml.manage"],
      auditor: [...read, "finding.read"],
    });
  },
};
