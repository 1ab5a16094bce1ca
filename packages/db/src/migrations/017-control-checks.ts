/**
 * 017 Internal-control registers (issue 12 item 1): the enum and yes/no columns of the migration 005
 * tables are guarded by the database, not only by the code. A literal snapshot of the values as of
 * this migration (later changes are new migrations).
 * - PostgreSQL: a CHECK constraint per column; added NOT VALID when rows written before hold a value
 *   outside the list (they stay as they are; new and changed rows are checked), validated otherwise.
 * - SQLite: a table rebuild to add CHECK constraints is too costly for these registers, so BEFORE
 *   INSERT / BEFORE UPDATE OF triggers RAISE(ABORT) instead (existing rows are not re-checked).
 */
import { sql } from "kysely";
import type { Migration } from "./migration-db.js";

const YES_NO = [0, 1] as const;

/** table → column → allowed values (as of 2026-11-30). */
const CHECKS: Record<string, Record<string, readonly (string | number)[]>> = {
  control_items: { kind: ["seal", "document"], status: ["active", "lost", "written_off", "used_up"], in_safe: YES_NO },
  custody_movements: { kind: ["registered", "issued", "returned", "handed_over", "hand_back", "lost", "written_off", "split"], counted: YES_NO },
  item_losses: { kind: ["seal", "document"], incomplete_set: YES_NO },
  leave_periods: { kind: ["annual", "sick", "personal", "business_trip", "training", "other"], approved: YES_NO },
  hand_backs: { status: ["pending", "done", "cancelled"], counted: YES_NO },
  control_findings: {
    kind: ["seal_loss_compensation", "off_duty_operation", "inspection_failure", "aml_rectification", "seal_loss", "daily_close_missing", "lunch_duty_uncovered"],
    status: ["open", "investigating", "closed"],
  },
  corrective_actions: { source: ["inspection", "finding", "aml_self_inspection"], status: ["open", "done", "verified"] },
  aml_transactions: { direction: ["receipt", "payment"], method: ["cash", "transfer"], identified: YES_NO, large_amount: YES_NO, suspicious: YES_NO },
  archive_borrowings: { status: ["requested", "approved", "rejected", "lent", "returned"] },
};

const literal = (v: string | number): string => (typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`);
const list = (values: readonly (string | number)[]): string => values.map(literal).join(", ");

export const m017ControlChecks: Migration = {
  id: "017-control-checks",
  async up(db, engine) {
    for (const [table, columns] of Object.entries(CHECKS)) {
      for (const [column, values] of Object.entries(columns)) {
        const name = `ck_${table}_${column}`;
        const allowed = list(values);
        if (engine === "postgres") {
          const bad = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)} not in (${sql.raw(allowed)})`.execute(db);
          const notValid = Number(bad.rows[0]?.n ?? 0) > 0 ? " NOT VALID" : "";
          await sql.raw(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${column} IN (${allowed}))${notValid}`).execute(db);
        } else {
          const raise = `SELECT RAISE(ABORT, 'check constraint failed: ${name}') WHERE NEW.${column} NOT IN (${allowed});`;
          await sql.raw(`CREATE TRIGGER IF NOT EXISTS ${name}_insert BEFORE INSERT ON ${table} FOR EACH ROW BEGIN ${raise} END`).execute(db);
          await sql.raw(`CREATE TRIGGER IF NOT EXISTS ${name}_update BEFORE UPDATE OF ${column} ON ${table} FOR EACH ROW BEGIN ${raise} END`).execute(db);
        }
      }
    }
  },
};
