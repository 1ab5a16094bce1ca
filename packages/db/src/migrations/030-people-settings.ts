/**
 * 030 People settings per unit (issue 14 rest): the staffing figures that were constants — shrinkage
 * (0.3), handling time when nothing was served (600 s), the Q-07 peak factor (1.5 × the day's average)
 * and whether the unit staffs as a 7×24 call centre (003-1 Art.60; null = as its opening hours say) —
 * and the unit's P-08 approval chains (JSON rules by request kind and length; null = the 003-3 Art.17
 * defaults). One row per unit; a missing row means every default.
 */
import type { Migration } from "./migration-db.js";

export const m030PeopleSettings: Migration = {
  id: "030-people-settings",
  async up(db) {
    await db.schema
      .createTable("people_unit_settings")
      .addColumn("org_unit_id", "text", (c) => c.primaryKey())
      .addColumn("shrinkage", "double precision")
      .addColumn("default_aht_seconds", "integer")
      .addColumn("peak_factor", "double precision")
      // 1 call centre, 0 counter, null: as the unit's opening hours (7×24 → call centre)
      .addColumn("call_centre", "integer")
      // JSON [{kind, upToHalfDays, steps}] or null (defaults)
      .addColumn("approval_chains", "text")
      .addColumn("updated_by", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
  },
};
