/**
 * 008 K-06, K-09 account security (issue 9 items 5): sign-in lockout per username and client address
 * (`login_throttle`, also for usernames that do not exist, so a lockout tells nothing), and the
 * request's source address on audit entries (`audit_log.ip`, nullable: older rows have none), and
 * (issue 9 item 7, ORG-01) the author's unit on inspection-template versions
 * (`inspection_templates.org_unit_id`; null = written before scoping, applies everywhere like HQ's).
 */
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

export const m008SecurityAccounts: Migration = {
  id: "008-security-accounts",
  async up(db: MigrationDb) {
    await db.schema
      .createTable("login_throttle")
      .addColumn("username", "text", (c) => c.notNull())
      .addColumn("client", "text", (c) => c.notNull())
      .addColumn("failed_attempts", "integer", (c) => c.notNull())
      .addColumn("locked_until", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("login_throttle_pk", ["username", "client"])
      .execute();
    await db.schema.alterTable("audit_log").addColumn("ip", "text").execute();
    await db.schema.alterTable("inspection_templates").addColumn("org_unit_id", "text").execute();
  },
};
