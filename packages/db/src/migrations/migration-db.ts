/**
 * The database a migration sees. A migration runs against the schema as it was when it shipped, not
 * the live `DB` type (which later migrations change), so its tables and columns are open by name:
 * any table, any column, values checked by the database itself.
 */
import type { Kysely } from "kysely";
import type { Engine } from "../shared/database.js";

/** Table name → column name → value, for the schema of a migration's own time. */
export type MigrationTables = Record<string, Record<string, any>>;
export type MigrationDb = Kysely<MigrationTables>;

/** One numbered, forward-only migration (each migration file imports this type from here, not from the runner). */
export interface Migration {
  id: string;
  up(db: MigrationDb, engine: Engine): Promise<void>;
}
