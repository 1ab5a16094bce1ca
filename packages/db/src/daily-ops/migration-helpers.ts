/** Compact table definitions for migrations 004/005: [name, type, flags] per column. */
import type { MigrationDb } from "../migrations/migration-db.js";

export type ColType = "text" | "integer" | "bigint";
/** flags: "pk" primary key, "nn" not null; anything else nullable. */
export type ColSpec = [name: string, type: ColType, flags?: "pk" | "nn"];

export async function createTableFromSpec(db: MigrationDb, table: string, cols: ColSpec[]): Promise<void> {
  let b = db.schema.createTable(table);
  for (const [name, type, flags] of cols) {
    b = b.addColumn(name, type, (c) => (flags === "pk" ? c.primaryKey() : flags === "nn" ? c.notNull() : c));
  }
  await b.execute();
}

export async function grantDefaults(db: MigrationDb, grants: Record<string, readonly string[]>): Promise<void> {
  const now = new Date().toISOString();
  const rows = Object.entries(grants).flatMap(([role, actions]) => [...new Set(actions)].map((action) => ({ role, action, updated_by: null, updated_at: now })));
  for (const r of rows) {
    const exists = await db.selectFrom("role_permissions").select("role").where("role", "=", r.role).where("action", "=", r.action).executeTakeFirst();
    if (!exists) await db.insertInto("role_permissions").values(r).execute();
  }
}
