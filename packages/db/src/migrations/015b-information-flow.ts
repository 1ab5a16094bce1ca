/**
 * 015b Customer information flow (issue 16 item 4; I-02, I-05, seed 001 十), after 015 (same owner,
 * own id so that databases which already ran 015 get it too):
 * - info_entries: what customers report, recorded by tellers and guides (kind; surrender reason);
 * - info_consolidations: a counter's week consolidated by the information officer with its focus
 *   issues, validated by the counter manager, forwarded to the level above.
 * Default grants (K-07, literal rows): collect — tellers, guides, duty and counter managers;
 * consolidate — duty manager (信息员 duty) and counter manager; validate and forward — counter manager.
 */
import type { Migration } from "./migration-db.js";

const GRANTS: Record<string, string[]> = {
  teller: ["information.collect"],
  guide: ["information.collect"],
  dutyManager: ["information.collect", "information.consolidate"],
  counterManager: ["information.collect", "information.consolidate", "information.validate"],
};

export const m015bInformationFlow: Migration = {
  id: "015b-information-flow",
  async up(db) {
    const now = new Date().toISOString();
    const existing = await db.selectFrom("role_permissions").select(["role", "action"]).execute();
    const have = new Set(existing.map((r) => `${String(r.role)}:${String(r.action)}`));
    const rows = Object.entries(GRANTS).flatMap(([role, actions]) =>
      actions.filter((a) => !have.has(`${role}:${a}`)).map((action) => ({ role, action, updated_by: null, updated_at: now })),
    );
    if (rows.length) await db.insertInto("role_permissions").values(rows).execute();

    await db.schema
      .createTable("info_consolidations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("week_from", "text", (c) => c.notNull())
      .addColumn("week_to", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("summary", "text", (c) => c.notNull())
      .addColumn("focus_issues", "text", (c) => c.notNull())
      .addColumn("entry_count", "integer", (c) => c.notNull())
      .addColumn("consolidated_by_name", "text", (c) => c.notNull())
      .addColumn("consolidated_at", "text", (c) => c.notNull())
      .addColumn("validated_by_name", "text")
      .addColumn("validated_at", "text")
      .addColumn("forwarded_to_unit_id", "text")
      .addColumn("forwarded_at", "text")
      .addUniqueConstraint("info_consolidations_week", ["org_unit_id", "week_from"])
      .execute();

    await db.schema
      .createTable("info_entries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("business_date", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("surrender_reason", "text")
      .addColumn("content", "text", (c) => c.notNull())
      .addColumn("recorded_by", "text")
      .addColumn("recorded_by_name", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .addColumn("consolidation_id", "text", (c) => c.references("info_consolidations.id"))
      .execute();
    await db.schema.createIndex("info_entries_unit_date").on("info_entries").columns(["org_unit_id", "business_date"]).execute();
  },
};
