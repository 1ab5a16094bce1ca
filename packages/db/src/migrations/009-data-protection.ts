/**
 * 009 K-09 data protection (issue 9 item 6): signed checkpoints of the audit chain, kept apart from
 * the audit table. Each row ('anchor', 'head', 'verified') names the last sequence and hash it vouches
 * for and carries an HMAC-SHA256 under the audit key, which lives outside the database
 * (CCMS_AUDIT_KEY or `audit.key` in the data folder): a checkpoint cannot be forged or moved without
 * the key, and entries missing below the 'head' checkpoint are reported as truncation.
 *
 * Rows written before this migration keep their plain SHA-256 chain (audit_log is append-only and is
 * never rewritten); the first append or verification after the upgrade writes an 'anchor' checkpoint
 * that signs the last of those rows — the legacy segment is verified with the old rule up to it.
 */
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

export const m009DataProtection: Migration = {
  id: "009-data-protection",
  async up(db: MigrationDb, engine) {
    await db.schema
      .createTable("audit_checkpoints")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("seq", engine === "postgres" ? "bigint" : "integer", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("mac", "text", (c) => c.notNull())
      .execute();
  },
};
