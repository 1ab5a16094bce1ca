/**
 * 010 customer devices (issue 10 items 1 and 9, issue 18): device state (last seen, staff PIN, window
 * binding, large-text mode), short-code pairing, and each counter's last published open/closed state
 * (CAL-04 boundary events). No new permission: pairing and device settings use `device.manage`.
 */
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

export const m010Devices: Migration = {
  id: "010-devices",
  async up(db: MigrationDb) {
    await db.schema
      .createTable("device_states")
      .addColumn("device_id", "text", (c) => c.primaryKey().references("devices.id"))
      .addColumn("last_seen_at", "text")
      .addColumn("pin_hash", "text")
      .addColumn("pin_failures", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("pin_locked_until", "text")
      .addColumn("window_id", "text")
      .addColumn("large_text", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("device_pairings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("code", "text", (c) => c.notNull().unique())
      .addColumn("secret_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("claimed_at", "text")
      .addColumn("claimed_by", "text")
      .addColumn("device_id", "text", (c) => c.references("devices.id"))
      .addColumn("delivered_at", "text")
      .execute();

    await db.schema
      .createTable("counter_clock_states")
      .addColumn("counter_id", "text", (c) => c.primaryKey().references("org_units.id"))
      .addColumn("open", "integer", (c) => c.notNull())
      .addColumn("checked_at", "text", (c) => c.notNull())
      .execute();
  },
};
