/** Forward-only numbered migrations, run at boot inside one transaction each. */
import { sql } from "kysely";
import type { Migration, MigrationDb } from "./migration-db.js";
import type { Database } from "../shared/database.js";
import { m001Foundation } from "./001-foundation.js";
import { m002Queue } from "./002-queue.js";
import { m003Cases } from "./003-cases.js";
import { m004DailyOps } from "./004-daily-ops.js";
import { m005Control } from "./005-control.js";
import { m006CasesRepeat } from "./006-cases-repeat.js";
import { m007CalendarHours } from "./007-calendar-hours.js";
import { m008SecurityAccounts } from "./008-security-accounts.js";
import { m009DataProtection } from "./009-data-protection.js";
import { m010Devices } from "./010-devices.js";
import { m011RulesEnforced } from "./011-rules-enforced.js";
import { m012StaffDirectory } from "./012-staff-directory.js";
import { m013CaseRules } from "./013-case-rules.js";
import { m015ReportingInformation } from "./015-reporting-information.js";
import { m015bInformationFlow } from "./015b-information-flow.js";
import { m016DailyOpsChecks } from "./016-daily-ops-checks.js";
import { m017ControlChecks } from "./017-control-checks.js";
import { m014People } from "./014-people.js";
import { m018Outbox } from "./018-outbox.js";
import { m019AuditChains } from "./019-audit-chains.js";
import { m028ReportDayFacts } from "./028-report-day-facts.js";
import { m030PeopleSettings } from "./030-people-settings.js";
import { m031ReportTemplates } from "./031-report-templates.js";
import { m021PeopleLedger } from "./021-people-ledger.js";
import { m020PeopleAssessment } from "./020-people-assessment.js";
import { m024FollowThroughHqService } from "./024-follow-through-hq-service.js";
import { m023ShiftReliefUrgent } from "./023-shift-relief-urgent.js";
import { m027PostPermissionAcceptance } from "./027-post-permission-acceptance.js";
import { m025PeopleTraining } from "./025-people-training.js";
import { m026KnowledgeMarketing } from "./026-knowledge-marketing.js";
import { m022PostReviewAssets } from "./022-post-review-assets.js";

export type { Migration } from "./migration-db.js";

/** Every migration, in order. Append only: never edit or reorder a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [m001Foundation, m002Queue, m003Cases, m004DailyOps, m005Control, m006CasesRepeat, m007CalendarHours, m008SecurityAccounts, m009DataProtection, m010Devices, m011RulesEnforced, m012StaffDirectory, m013CaseRules, m018Outbox, m014People, m016DailyOpsChecks, m017ControlChecks, m015ReportingInformation, m019AuditChains, m015bInformationFlow, m020PeopleAssessment, m021PeopleLedger, m022PostReviewAssets, m023ShiftReliefUrgent, m024FollowThroughHqService, m025PeopleTraining, m026KnowledgeMarketing, m027PostPermissionAcceptance, m028ReportDayFacts, m030PeopleSettings, m031ReportTemplates];

export async function migrate(database: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  const { db, engine } = database;
  await db.schema
    .createTable("schema_migrations")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction().execute(async (tx) => {
      // Several instances may boot at once on PostgreSQL: serialise migrations.
      if (engine === "postgres") await sql`select pg_advisory_xact_lock(7270001)`.execute(tx);
      const row = await tx.selectFrom("schema_migrations").select("id").where("id", "=", m.id).executeTakeFirst();
      if (row) return false;
      await m.up(tx as unknown as MigrationDb, engine);
      await tx.insertInto("schema_migrations").values({ id: m.id, applied_at: new Date().toISOString() }).execute();
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}
