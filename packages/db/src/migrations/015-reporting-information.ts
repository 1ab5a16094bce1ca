/**
 * 015 Reporting and information (issue 16; I-01, I-04, seed 001 十):
 * - report_submissions: a unit's periodic report submitted to the level above (status submitted or
 *   returned; the figures as submitted, JSON), one per unit, period kind and period start;
 * - notices and notice_receipts: business notices 业务通知 from any level to its subtree, with a date
 *   to read by and one receipt per reader;
 * - retention_periods and record_disposals: retention per record type and unit (defaults in core),
 *   and each disposal of a record past its period, approved and audited (never a silent deletion).
 * Default grants (K-07, data an admin may change), literal rows of this migration's time.
 */
import type { Migration } from "./migration-db.js";

const GRANTS: Record<string, string[]> = {
  teller: ["information.read"],
  guide: ["information.read"],
  agent: ["information.read"],
  dutyManager: ["reporting.read", "information.read"],
  counterManager: ["reporting.read", "reporting.submit", "information.read", "information.publish", "information.retention"],
  branchAdmin: ["reporting.read", "reporting.submit", "reporting.review", "information.read", "information.publish", "information.retention", "information.dispose"],
  hqAdmin: ["reporting.read", "reporting.review", "information.read", "information.publish", "information.retention", "information.dispose"],
  auditor: ["reporting.read", "information.read", "information.retention"],
};

export const m015ReportingInformation: Migration = {
  id: "015-reporting-information",
  async up(db) {
    const now = new Date().toISOString();
    const existing = await db.selectFrom("role_permissions").select(["role", "action"]).execute();
    const have = new Set(existing.map((r) => `${String(r.role)}:${String(r.action)}`));
    const rows = Object.entries(GRANTS).flatMap(([role, actions]) =>
      actions.filter((a) => !have.has(`${role}:${a}`)).map((action) => ({ role, action, updated_by: null, updated_at: now })),
    );
    if (rows.length) await db.insertInto("role_permissions").values(rows).execute();

    await db.schema
      .createTable("report_submissions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("period", "text", (c) => c.notNull())
      .addColumn("period_from", "text", (c) => c.notNull())
      .addColumn("period_to", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("summary", "text", (c) => c.notNull())
      .addColumn("plan", "text")
      .addColumn("figures", "text", (c) => c.notNull())
      .addColumn("submitted_by", "text")
      .addColumn("submitted_by_name", "text")
      .addColumn("submitted_at", "text", (c) => c.notNull())
      .addColumn("returned_by", "text")
      .addColumn("returned_at", "text")
      .addColumn("returned_reason", "text")
      .addUniqueConstraint("report_submissions_unit_period", ["org_unit_id", "period", "period_from"])
      .execute();

    await db.schema
      .createTable("notices")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("org_path", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("read_by", "text")
      .addColumn("published_by", "text")
      .addColumn("published_by_name", "text", (c) => c.notNull())
      .addColumn("published_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("notices_path").on("notices").column("org_path").execute();

    await db.schema
      .createTable("notice_receipts")
      .addColumn("notice_id", "text", (c) => c.notNull().references("notices.id"))
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("user_name", "text", (c) => c.notNull())
      .addColumn("org_unit_id", "text", (c) => c.notNull())
      .addColumn("read_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("notice_receipts_pk", ["notice_id", "user_id"])
      .execute();

    await db.schema
      .createTable("retention_periods")
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("record_type", "text", (c) => c.notNull())
      .addColumn("months", "integer", (c) => c.notNull())
      .addColumn("updated_by", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("retention_periods_pk", ["org_unit_id", "record_type"])
      .execute();

    await db.schema
      .createTable("record_disposals")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("record_type", "text", (c) => c.notNull())
      .addColumn("record_id", "text", (c) => c.notNull())
      .addColumn("record_date", "text", (c) => c.notNull())
      .addColumn("approved_by", "text")
      .addColumn("approved_by_name", "text", (c) => c.notNull())
      .addColumn("approved_at", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .addUniqueConstraint("record_disposals_record", ["record_type", "record_id"])
      .execute();
  },
};
