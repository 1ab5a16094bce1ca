/**
 * 007 Calendar that never stops a counter (CAL-02, CAL-04, CAL-05, CAL-06):
 * - org units gain a 7×24 switch;
 * - overrides: "extraWorkday" becomes "open" (opening hours on that day, never a working day for
 *   deadlines); an open day may carry its own frames and a publication (公示) date; closures need the
 *   approval of the level above to count for deadlines (closures made before this migration were
 *   effective, so they are kept as approved by their author);
 * - dated hours changes (effective from a date, shown in advance);
 * - the package years already seen, so that a newer package with a new official year recomputes the
 *   open deadlines once on boot.
 */
import { sql } from "kysely";
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

export const m007CalendarHours: Migration = {
  id: "007-calendar-hours",
  async up(db: MigrationDb) {
    await db.schema.alterTable("org_units").addColumn("always_open", "integer", (c) => c.notNull().defaultTo(0)).execute();

    await db.schema.alterTable("calendar_overrides").addColumn("frames", "text").execute();
    await db.schema.alterTable("calendar_overrides").addColumn("notice_from", "text").execute();
    await db.schema.alterTable("calendar_overrides").addColumn("approved_by", "text").execute();
    await db.schema.alterTable("calendar_overrides").addColumn("approved_at", "text").execute();
    await db.updateTable("calendar_overrides").set({ kind: "open" }).where("kind", "=", "extraWorkday").execute();
    await db
      .updateTable("calendar_overrides")
      .set({ approved_by: sql`created_by`, approved_at: sql`created_at` })
      .where("kind", "=", "closure")
      .execute();

    await db.schema
      .createTable("unit_hours_changes")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull().references("org_units.id"))
      .addColumn("effective_from", "text", (c) => c.notNull())
      .addColumn("business_hours", "text", (c) => c.notNull())
      .addColumn("always_open", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("applied_at", "text")
      .addColumn("created_by", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("unit_hours_changes_unit_idx").on("unit_hours_changes").columns(["org_unit_id", "effective_from"]).execute();

    await db.schema
      .createTable("calendar_package_years")
      .addColumn("year", "integer", (c) => c.primaryKey())
      .addColumn("seen_at", "text", (c) => c.notNull())
      .execute();
  },
};
