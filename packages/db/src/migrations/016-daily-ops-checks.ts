/**
 * 016 Daily-operations registers (issue 12 item 1): the enum and yes/no columns of the migration 004
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
  inspection_templates: { kind: ["patrol", "security_check", "safety_monthly", "environment", "custom"] },
  inspections: { kind: ["patrol", "security_check", "safety_monthly", "environment", "custom"], status: ["in_progress", "submitted"] },
  daily_meetings: { open_focus: YES_NO },
  shift_handovers: { status: ["pending", "confirmed"] },
  daily_closes: { overridden: YES_NO },
  equipment: { active: YES_NO },
  equipment_faults: { status: ["reported", "repairing", "repaired", "unrepairable"] },
  incidents: { level: ["I", "II", "III", "IV"], status: ["open", "closed"] },
  incident_notifications: { target_level: ["hq", "province", "local"] },
  emergency_drills: { kind: ["drill", "risk_review", "warning"] },
  lost_property: { status: ["kept", "returned"] },
};

const literal = (v: string | number): string => (typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`);
const list = (values: readonly (string | number)[]): string => values.map(literal).join(", ");

export const m016DailyOpsChecks: Migration = {
  id: "016-daily-ops-checks",
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
