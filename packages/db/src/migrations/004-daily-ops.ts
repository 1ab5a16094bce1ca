/**
 * 004 daily operations: inspection templates and inspections (D-02, D-04, D-05, D-11), morning
 * meetings (D-01), shift handovers (D-07), daily close (D-03, D-06, C-03), equipment and faults
 * (D-08), incidents and drills (D-09), lost property (D-10).
 */
import type { MigrationDb } from "./migration-db.js";
import { INSPECTION_TEMPLATES_004 } from "./snapshots/004-inspection-templates.js";
import type { Migration } from "./migration-db.js";
import { createTableFromSpec, grantDefaults } from "../daily-ops/migration-helpers.js";

export const DAILY_OPS_ACTIONS = [
  "dailyops.read",
  "dailyops.template",
  "dailyops.patrol",
  "dailyops.meeting",
  "dailyops.handover",
  "dailyops.close",
  "dailyops.closeOverride",
  "equipment.manage",
  "equipment.report",
  "incident.manage",
  "lostproperty.manage",
] as const;

export const m004DailyOps: Migration = {
  id: "004-daily-ops",
  async up(db: MigrationDb) {
    await createTableFromSpec(db, "inspection_templates", [
      ["id", "text", "pk"],
      ["code", "text", "nn"],
      ["version", "integer", "nn"],
      ["name", "text", "nn"],
      ["kind", "text", "nn"],
      ["description", "text"],
      ["sections", "text", "nn"],
      ["created_by", "text"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("inspection_templates_code_version").unique().on("inspection_templates").columns(["code", "version"]).execute();

    await createTableFromSpec(db, "inspections", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["template_id", "text", "nn"],
      ["kind", "text", "nn"],
      ["business_date", "text", "nn"],
      ["inspector_id", "text", "nn"],
      ["participants", "text", "nn"],
      ["status", "text", "nn"],
      ["answers", "text", "nn"],
      ["score", "integer"],
      ["failed_count", "integer", "nn"],
      ["note", "text"],
      ["started_at", "text", "nn"],
      ["submitted_at", "text"],
    ]);
    await db.schema.createIndex("inspections_counter_date").on("inspections").columns(["counter_id", "business_date"]).execute();

    await createTableFromSpec(db, "daily_meetings", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["business_date", "text", "nn"],
      ["host_id", "text", "nn"],
      ["started_at", "text"],
      ["ended_at", "text"],
      ["scheduled_from", "text"],
      ["scheduled_to", "text"],
      ["attendees", "text", "nn"],
      ["review", "text"],
      ["topics", "text", "nn"],
      ["case_studies", "text", "nn"],
      ["focus_issues", "text", "nn"],
      ["open_focus", "integer", "nn"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("daily_meetings_counter_date").on("daily_meetings").columns(["counter_id", "business_date"]).execute();

    await createTableFromSpec(db, "shift_handovers", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["business_date", "text", "nn"],
      ["shift", "text", "nn"],
      ["outgoing_lead_id", "text", "nn"],
      ["incoming_lead_id", "text", "nn"],
      ["work_done", "text", "nn"],
      ["events", "text"],
      ["problems", "text"],
      ["pending_items", "text", "nn"],
      ["notices", "text"],
      ["status", "text", "nn"],
      ["confirm_note", "text"],
      ["created_at", "text", "nn"],
      ["confirmed_at", "text"],
    ]);
    await db.schema.createIndex("shift_handovers_counter_date").on("shift_handovers").columns(["counter_id", "business_date"]).execute();

    await createTableFromSpec(db, "daily_closes", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["business_date", "text", "nn"],
      ["closed_by", "text", "nn"],
      ["closed_at", "text", "nn"],
      ["checks", "text", "nn"],
      ["overridden", "integer", "nn"],
      ["override_reason", "text"],
      ["notes", "text"],
      ["special_matters", "text"],
    ]);
    // A date is closed once: the unique index makes a concurrent second close fail too.
    await db.schema.createIndex("daily_closes_counter_date").unique().on("daily_closes").columns(["counter_id", "business_date"]).execute();

    await createTableFromSpec(db, "equipment", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["name", "text", "nn"],
      ["category", "text", "nn"],
      ["model", "text"],
      ["serial_no", "text"],
      ["location", "text"],
      ["responsible_user_id", "text", "nn"],
      ["maintainer", "text"],
      ["maintainer_contact", "text"],
      ["active", "integer", "nn"],
      ["created_at", "text", "nn"],
      ["updated_at", "text", "nn"],
    ]);
    await db.schema.createIndex("equipment_counter").on("equipment").column("counter_id").execute();

    await createTableFromSpec(db, "equipment_faults", [
      ["id", "text", "pk"],
      ["equipment_id", "text", "nn"],
      ["counter_id", "text", "nn"],
      ["description", "text", "nn"],
      ["status", "text", "nn"],
      ["maintainer", "text"],
      ["reported_by", "text", "nn"],
      ["reported_at", "text", "nn"],
      ["repaired_at", "text"],
      ["log", "text", "nn"],
    ]);
    await db.schema.createIndex("equipment_faults_counter").on("equipment_faults").columns(["counter_id", "status"]).execute();

    await createTableFromSpec(db, "incidents", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["title", "text", "nn"],
      ["description", "text", "nn"],
      ["occurred_at", "text", "nn"],
      ["facts", "text", "nn"],
      ["level", "text", "nn"],
      ["suggestion", "text", "nn"],
      ["status", "text", "nn"],
      ["reported_by", "text", "nn"],
      ["timeline", "text", "nn"],
      ["closed_at", "text"],
      ["summary", "text"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("incidents_counter_status").on("incidents").columns(["counter_id", "status"]).execute();

    await createTableFromSpec(db, "incident_notifications", [
      ["id", "text", "pk"],
      ["incident_id", "text", "nn"],
      ["target_level", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["notified_at", "text", "nn"],
    ]);
    await db.schema.createIndex("incident_notifications_incident").on("incident_notifications").column("incident_id").execute();

    await createTableFromSpec(db, "emergency_drills", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["date", "text", "nn"],
      ["kind", "text", "nn"],
      ["scenario", "text", "nn"],
      ["participants", "text", "nn"],
      ["notes", "text"],
      ["recorded_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);

    await createTableFromSpec(db, "lost_property", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["description", "text", "nn"],
      ["found_at", "text", "nn"],
      ["found_place", "text"],
      ["found_by", "text"],
      ["stored_at", "text"],
      ["status", "text", "nn"],
      ["returned_to", "text"],
      ["identity_note", "text"],
      ["returned_at", "text"],
      ["note", "text"],
      ["recorded_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);

    // Shipped templates (D-02 with P-16, D-04, D-05, D-11), version 1 with stable ids.
    const at = new Date().toISOString();
    for (const t of INSPECTION_TEMPLATES_004) {
      await db
        .insertInto("inspection_templates")
        .values({ id: `tpl-${t.code}-v1`, code: t.code, version: 1, name: t.name, kind: t.kind, description: t.description ?? null, sections: JSON.stringify(t.sections), created_by: null, created_at: at })
        .execute();
    }

    const read = ["dailyops.read"];
    await grantDefaults(db, {
      teller: [...read, "equipment.report", "lostproperty.manage"],
      guide: [...read, "equipment.report", "lostproperty.manage"],
      dutyManager: [...read, "dailyops.patrol", "dailyops.meeting", "dailyops.handover", "dailyops.close", "equipment.manage", "equipment.report", "incident.manage", "lostproperty.manage"],
      counterManager: [
        ...read,
        "dailyops.patrol",
        "dailyops.meeting",
        "dailyops.handover",
        "dailyops.close",
        "dailyops.closeOverride",
        "equipment.manage",
        "equipment.report",
        "incident.manage",
        "lostproperty.manage",
      ],
      branchAdmin: [...read, "dailyops.template", "incident.manage"],
      hqAdmin: [...read, "dailyops.template", "incident.manage"],
      auditor: [...read],
    });
  },
};
