/**
 * 023 Shift relief, pre-shift fitness, team meetings and urgent events (issue 17 items 3–5; D-12, D-13,
 * D-14, seed 003-1 Art.79–82, 91–93). New tables only; enum columns carry CHECK constraints on both
 * engines (new tables). Default permissions granted with literal values as of this migration.
 */
import { sql } from "kysely";
import type { Migration, MigrationDb } from "./migration-db.js";

const check = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);
const nullableCheck = (column: string, values: readonly string[]) => sql.raw(`${column} is null or ${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

/** role → new actions (literal snapshot, 2026-11-30). */
const GRANTS: Record<string, readonly string[]> = {
  dutyManager: ["dailyops.reliefApprove", "dailyops.fitness", "dailyops.teamMeeting"],
  counterManager: ["dailyops.reliefApprove", "dailyops.fitness", "dailyops.teamMeeting"],
  branchAdmin: ["incident.acknowledge"],
  hqAdmin: ["incident.acknowledge"],
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

export const m023ShiftReliefUrgent: Migration = {
  id: "023-shift-relief-urgent",
  async up(db) {
    await db.schema
      .createTable("shift_handover_reliefs")
      .addColumn("handover_id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("important_notices", "text")
      .addColumn("retained_cards", "text")
      .addColumn("error_accounts", "text")
      .addColumn("approved_by", "text")
      .addColumn("approval_reason", "text")
      .addColumn("approved_at", "text")
      .addColumn("closed_by", "text")
      .addColumn("closed_at", "text")
      .addColumn("close_mode", "text", (c) => c.check(nullableCheck("close_mode", ["relieved", "approved"])))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("shift_fitness_checks")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("business_date", "text", (c) => c.notNull())
      .addColumn("meeting_id", "text")
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("verdict", "text", (c) => c.notNull().check(check("verdict", ["fit", "unfit"])))
      .addColumn("note", "text")
      .addColumn("roster_id", "text")
      .addColumn("roster_shift_code", "text")
      .addColumn("roster_adjustment", "text", (c) => c.check(nullableCheck("roster_adjustment", ["removed", "not_rostered"])))
      .addColumn("checked_by", "text", (c) => c.notNull())
      .addColumn("checked_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("shift_fitness_checks_user_date").on("shift_fitness_checks").columns(["user_id", "business_date"]).execute();
    await db.schema.createIndex("shift_fitness_checks_counter_date").on("shift_fitness_checks").columns(["counter_id", "business_date"]).execute();

    await db.schema
      .createTable("team_meetings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("held_on", "text", (c) => c.notNull())
      .addColumn("week_start", "text", (c) => c.notNull())
      .addColumn("host_id", "text", (c) => c.notNull())
      .addColumn("attendees", "text", (c) => c.notNull())
      .addColumn("performance", "text", (c) => c.notNull())
      .addColumn("drills", "text", (c) => c.notNull())
      .addColumn("topics", "text")
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("team_meetings_counter_held").on("team_meetings").columns(["counter_id", "held_on"]).execute();

    await db.schema
      .createTable("urgent_event_reports")
      .addColumn("incident_id", "text", (c) => c.primaryKey())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("first_responsible_id", "text", (c) => c.notNull())
      .addColumn("reported_at", "text", (c) => c.notNull())
      .addColumn("reported_to_unit_id", "text", (c) => c.notNull())
      .addColumn("deadline_at", "text", (c) => c.notNull())
      .addColumn("acknowledged_by", "text")
      .addColumn("acknowledged_at", "text")
      .addColumn("ack_note", "text")
      .addColumn("escalated_at", "text")
      .addColumn("escalated_to_unit_id", "text")
      .execute();
    await db.schema.createIndex("urgent_event_reports_deadline").on("urgent_event_reports").columns(["acknowledged_at", "deadline_at"]).execute();
    await db.schema.createIndex("urgent_event_reports_counter").on("urgent_event_reports").columns(["counter_id", "reported_at"]).execute();

    await db.schema
      .createTable("shift_responsibilities")
      .addColumn("entity_type", "text", (c) => c.notNull().check(check("entity_type", ["incident", "equipment_fault"])))
      .addColumn("entity_id", "text", (c) => c.notNull())
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("handover_id", "text", (c) => c.notNull())
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull().check(check("role", ["incoming", "outgoing"])))
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("shift_responsibilities_pk", ["entity_type", "entity_id"])
      .execute();
    await db.schema.createIndex("shift_responsibilities_counter").on("shift_responsibilities").columns(["counter_id", "recorded_at"]).execute();

    await grant(db);
  },
};
