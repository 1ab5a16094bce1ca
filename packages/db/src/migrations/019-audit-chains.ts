/**
 * 019 Audit chains per counter (issue 13 item 3): on PostgreSQL one advisory lock serialised every
 * audited write of the company. Entries of a counter now form their own hash chain (`chain` = the
 * counter's id; null = the main chain of every other entry, which continues the existing chain), so
 * appends at different counters no longer wait for each other. Sequence numbers stay unique across
 * chains and in append order within one. Existing rows are untouched (append-only): `chain` null.
 */
import type { Migration, MigrationDb } from "./migration-db.js";

export const m019AuditChains: Migration = {
  id: "019-audit-chains",
  async up(db: MigrationDb) {
    await db.schema.alterTable("audit_log").addColumn("chain", "text").execute();
    await db.schema.createIndex("audit_log_chain_seq").on("audit_log").columns(["chain", "seq"]).execute();
  },
};
