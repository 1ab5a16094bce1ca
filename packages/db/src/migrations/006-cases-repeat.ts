/** 006 C-13 repeat complaints: a complaint case may name the earlier complaint case it repeats and why. */
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

export const m006CasesRepeat: Migration = {
  id: "006-cases-repeat",
  async up(db: MigrationDb) {
    await db.schema.alterTable("cases").addColumn("repeat_of_case_id", "text").execute();
    await db.schema.alterTable("cases").addColumn("repeat_reason", "text").execute();
    await db.schema.createIndex("cases_repeat_of_idx").on("cases").columns(["repeat_of_case_id", "repeat_reason"]).execute();
  },
};
