/** 003 cases (issue 4, C-01…C-17): cases, event history, versioned time-limit policies, callbacks, rulings, findings, rectification, alerts. */
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

/** Default grants for the cases module (K-07: data, editable by admins). */
export const CASES_DEFAULT_GRANTS: Record<string, string[]> = {
  teller: ["case.read", "case.create", "case.handle"],
  guide: ["case.read", "case.create", "case.handle"],
  dutyManager: ["case.read", "case.create", "case.handle", "case.escalate", "case.callback"],
  counterManager: ["case.read", "case.create", "case.handle", "case.escalate", "case.rule", "case.callback", "case.report", "customer.unmask"],
  branchAdmin: ["case.read", "case.create", "case.handle", "case.escalate", "case.rule", "case.callback", "case.policy", "case.report"],
  hqAdmin: ["case.read", "case.create", "case.handle", "case.escalate", "case.rule", "case.callback", "case.policy", "case.report"],
  auditor: ["case.read", "case.report"],
};

export const m003Cases: Migration = {
  id: "003-cases",
  async up(db: MigrationDb) {
    await db.schema
      .createTable("cases")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("number", "text", (c) => c.notNull().unique())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("summary", "text", (c) => c.notNull())
      .addColumn("cause", "text")
      .addColumn("customer_name", "text", (c) => c.notNull())
      .addColumn("customer_phone", "text")
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("org_path", "text", (c) => c.notNull())
      .addColumn("origin_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("origin_path", "text", (c) => c.notNull())
      .addColumn("level", "text", (c) => c.notNull())
      .addColumn("received_at", "text", (c) => c.notNull())
      .addColumn("accepted_at", "text")
      .addColumn("replied_at", "text")
      .addColumn("closed_at", "text")
      .addColumn("first_responder_id", "text")
      .addColumn("first_responder_name", "text", (c) => c.notNull())
      .addColumn("handler_id", "text")
      .addColumn("ticket_id", "text")
      .addColumn("parent_case_id", "text")
      .addColumn("special_matter_id", "text")
      .addColumn("pending_extension", "text")
      .addColumn("deadlines", "text", (c) => c.notNull())
      .addColumn("next_due_at", "text")
      .addColumn("overdue", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("late", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("cases_org_path").on("cases").column("org_path").execute();
    await db.schema.createIndex("cases_origin_path").on("cases").column("origin_path").execute();
    await db.schema.createIndex("cases_state").on("cases").columns(["state", "next_due_at"]).execute();
    await db.schema.createIndex("cases_received").on("cases").column("received_at").execute();

    await db.schema
      .createTable("case_events")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
      .addColumn("seq", "integer", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor_id", "text")
      .addColumn("actor_name", "text")
      .addColumn("org_unit_id", "text", (c) => c.notNull())
      .addColumn("from_state", "text")
      .addColumn("to_state", "text")
      .addColumn("data", "text", (c) => c.notNull())
      .addUniqueConstraint("case_events_case_seq", ["case_id", "seq"])
      .execute();
    await db.schema.createIndex("case_events_type").on("case_events").columns(["type", "at"]).execute();

    await db.schema
      .createTable("case_policies")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("preset", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("metrics", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("created_by", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("case_policies_unit_version", ["org_unit_id", "version"])
      .execute();

    await db.schema
      .createTable("case_callbacks")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("level", "text", (c) => c.notNull())
      .addColumn("sample_id", "text")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("result", "text")
      .addColumn("note", "text")
      .addColumn("due_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("done_at", "text")
      .addColumn("done_by", "text")
      .addUniqueConstraint("case_callbacks_case_level_unit", ["case_id", "level", "org_unit_id"])
      .execute();

    await db.schema
      .createTable("case_callback_samples")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("from_date", "text", (c) => c.notNull())
      .addColumn("to_date", "text", (c) => c.notNull())
      .addColumn("seed", "text", (c) => c.notNull())
      .addColumn("percent", "integer", (c) => c.notNull())
      .addColumn("population", "integer", (c) => c.notNull())
      .addColumn("selected", "text", (c) => c.notNull())
      .addColumn("created_by", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("case_rulings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().unique().references("cases.id"))
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("outcome", "text", (c) => c.notNull())
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("employee_id", "text")
      .addColumn("note", "text", (c) => c.notNull())
      .addColumn("ruled_by", "text")
      .addColumn("ruled_at", "text", (c) => c.notNull())
      .addColumn("appeal_status", "text", (c) => c.notNull())
      .addColumn("appeal_reason", "text")
      .addColumn("appealed_at", "text")
      .addColumn("appeal_decided_by", "text")
      .addColumn("appeal_decided_at", "text")
      .addColumn("appeal_note", "text")
      .addColumn("final_outcome", "text", (c) => c.notNull())
      .addColumn("final_category", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("case_findings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("handler_id", "text")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("metric", "text")
      .addColumn("note", "text", (c) => c.notNull())
      .addColumn("raised_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("case_findings_case").on("case_findings").column("case_id").execute();

    await db.schema
      .createTable("case_rectifications")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
      .addColumn("finding_id", "text")
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("owner_name", "text", (c) => c.notNull())
      .addColumn("owner_id", "text")
      .addColumn("due_date", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("effect", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("done_at", "text")
      .execute();
    await db.schema.createIndex("case_rectifications_case").on("case_rectifications").column("case_id").execute();

    await db.schema
      .createTable("case_alerts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
      .addColumn("org_unit_id", "text", (c) => c.notNull())
      .addColumn("metric", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("threshold", "integer")
      .addColumn("due_at", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("raised_at", "text", (c) => c.notNull())
      .addUniqueConstraint("case_alerts_case_key", ["case_id", "key"])
      .execute();

    const now = new Date().toISOString();
    const existing = await db.selectFrom("role_permissions").select(["role", "action"]).execute();
    const have = new Set(existing.map((r: { role: string; action: string }) => `${r.role}:${r.action}`));
    const rows = Object.entries(CASES_DEFAULT_GRANTS).flatMap(([role, actions]) =>
      actions.filter((a) => !have.has(`${role}:${a}`)).map((action) => ({ role, action, updated_by: null, updated_at: now })),
    );
    if (rows.length) await db.insertInto("role_permissions").values(rows).execute();
  },
};
