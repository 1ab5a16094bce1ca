/**
 * 026 Knowledge base (I-03) and on-site marketing (M-01) (issue 16 items 5 and 7). Literal values as
 * of this migration (later changes are new migrations).
 * - I-03 knowledge_categories (seeded), knowledge_entries (typical cases, key knowledge points, service
 *   techniques; normalised search text for bigram LIKE search on both engines; read counts; training
 *   flag), knowledge_versions (every edit a new version).
 * - M-01 marketing_duty_slots (elite agents' duty plan per counter and date), marketing_duty_logs,
 *   marketing_leads (现场营销统计表: referrals, sales, prospects with customer, need, contact),
 *   marketing_submissions (results compiled per period, sent to the sales department).
 * New actions (K-07, literal grants an administrator may change afterwards):
 * - information.knowledge.read     read the knowledge base
 * - information.knowledge.write    draft and edit entries (also from a closed case)
 * - information.knowledge.publish  publish and retire entries
 * - marketing.read                 see the duty plan, duty log and the marketing register (masked)
 * - marketing.record               record referrals, sales and prospects; keep the duty log
 * - marketing.plan                 plan the elite agents' duty
 * - marketing.export               export the register with personal data (audited)
 * - marketing.submit               compile the period's results and send them to the sales department
 * - marketing.receive              the sales department receives or returns the results
 */
import { sql } from "kysely";
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";
import { grantDefaults } from "../daily-ops/migration-helpers.js";

type Col = [name: string, type: "text" | "integer" | "bigint", flags?: "pk" | "nn", check?: readonly string[]];

async function createTable(db: MigrationDb, table: string, cols: Col[]): Promise<void> {
  let b = db.schema.createTable(table);
  for (const [name, type, flags, check] of cols) {
    b = b.addColumn(name, type, (c) => {
      let x = flags === "pk" ? c.primaryKey() : flags === "nn" ? c.notNull() : c;
      if (check) x = x.check(sql.raw(`${name} IN (${check.map((v) => `'${v}'`).join(", ")})`));
      return x;
    });
  }
  await b.execute();
}

const CATEGORIES: ReadonlyArray<readonly [id: string, name: string]> = [
  ["complaint", "投诉处理"],
  ["servicing", "保全业务"],
  ["claims", "理赔业务"],
  ["etiquette", "服务礼仪"],
  ["product", "产品知识"],
  ["risk", "风险防范"],
];

const READ = ["information.knowledge.read"];
const GRANTS: Record<string, readonly string[]> = {
  teller: [...READ, "marketing.read", "marketing.record"],
  guide: [...READ, "marketing.read", "marketing.record"],
  agent: [...READ, "marketing.read", "marketing.record"],
  dutyManager: [...READ, "information.knowledge.write", "marketing.read", "marketing.record", "marketing.plan"],
  counterManager: [...READ, "information.knowledge.write", "information.knowledge.publish", "marketing.read", "marketing.record", "marketing.plan", "marketing.export", "marketing.submit"],
  branchAdmin: [...READ, "information.knowledge.write", "information.knowledge.publish", "marketing.read", "marketing.export", "marketing.receive"],
  hqAdmin: [...READ, "information.knowledge.write", "information.knowledge.publish", "marketing.read", "marketing.receive"],
  auditor: [...READ, "marketing.read"],
};

export const m026KnowledgeMarketing: Migration = {
  id: "026-knowledge-marketing",
  async up(db) {
    // I-03
    await createTable(db, "knowledge_categories", [
      ["id", "text", "pk"],
      ["name", "text", "nn"],
      ["sort_order", "integer", "nn"],
    ]);
    let order = 0;
    for (const [id, name] of CATEGORIES) await db.insertInto("knowledge_categories").values({ id, name, sort_order: ++order }).execute();
    await createTable(db, "knowledge_entries", [
      ["id", "text", "pk"],
      ["org_unit_id", "text", "nn"],
      ["org_path", "text", "nn"],
      ["kind", "text", "nn", ["typicalCase", "keyPoint", "serviceTechnique"]],
      ["category_id", "text", "nn"],
      ["title", "text", "nn"],
      ["body", "text", "nn"],
      ["tags", "text", "nn"],
      ["search_text", "text", "nn"],
      ["state", "text", "nn", ["draft", "published", "retired"]],
      ["version", "integer", "nn"],
      ["training", "integer", "nn"],
      ["source_case_id", "text"],
      ["source_case_number", "text"],
      ["source_meeting_id", "text"],
      ["read_count", "integer", "nn"],
      ["created_by", "text", "nn"],
      ["created_by_name", "text", "nn"],
      ["created_at", "text", "nn"],
      ["updated_at", "text", "nn"],
      ["published_at", "text"],
      ["published_by_name", "text"],
      ["retired_at", "text"],
    ]);
    await db.schema.createIndex("knowledge_entries_state").on("knowledge_entries").columns(["state", "updated_at"]).execute();
    await db.schema.createIndex("knowledge_entries_path").on("knowledge_entries").column("org_path").execute();
    await db.schema.createIndex("knowledge_entries_case").on("knowledge_entries").column("source_case_id").execute();
    await createTable(db, "knowledge_versions", [
      ["id", "text", "pk"],
      ["entry_id", "text", "nn"],
      ["version", "integer", "nn"],
      ["kind", "text", "nn"],
      ["category_id", "text", "nn"],
      ["title", "text", "nn"],
      ["body", "text", "nn"],
      ["tags", "text", "nn"],
      ["training", "integer", "nn"],
      ["note", "text"],
      ["edited_by_name", "text", "nn"],
      ["edited_at", "text", "nn"],
    ]);
    await db.schema.createIndex("knowledge_versions_entry").on("knowledge_versions").columns(["entry_id", "version"]).unique().execute();

    // M-01
    await createTable(db, "marketing_duty_slots", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["duty_date", "text", "nn"],
      ["starts_at", "text", "nn"],
      ["ends_at", "text", "nn"],
      ["agent_id", "text", "nn"],
      ["agent_name", "text", "nn"],
      ["post", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("marketing_duty_slots_day").on("marketing_duty_slots").columns(["counter_id", "duty_date"]).execute();
    await createTable(db, "marketing_duty_logs", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["duty_date", "text", "nn"],
      ["slot_id", "text"],
      ["agent_id", "text", "nn"],
      ["agent_name", "text", "nn"],
      ["arrived_at", "text"],
      ["left_at", "text"],
      ["notes", "text", "nn"],
      ["recorded_by_name", "text", "nn"],
      ["recorded_at", "text", "nn"],
    ]);
    await db.schema.createIndex("marketing_duty_logs_day").on("marketing_duty_logs").columns(["counter_id", "duty_date"]).execute();
    await createTable(db, "marketing_leads", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["business_date", "text", "nn"],
      ["kind", "text", "nn", ["referral", "sale", "prospect"]],
      ["customer_name", "text", "nn"],
      ["customer_phone", "text"],
      ["need", "text", "nn"],
      ["product", "text"],
      ["amount_fen", "bigint", "nn"],
      ["referred_by_id", "text"],
      ["referred_by_name", "text"],
      ["agent_id", "text"],
      ["agent_name", "text"],
      ["recorded_by_name", "text", "nn"],
      ["recorded_at", "text", "nn"],
    ]);
    await db.schema.createIndex("marketing_leads_day").on("marketing_leads").columns(["counter_id", "business_date"]).execute();
    await createTable(db, "marketing_submissions", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["period_from", "text", "nn"],
      ["period_to", "text", "nn"],
      ["figures", "text", "nn"],
      ["state", "text", "nn", ["submitted", "received", "returned"]],
      ["note", "text"],
      ["submitted_by_name", "text", "nn"],
      ["submitted_at", "text", "nn"],
      ["handled_by_name", "text"],
      ["handled_at", "text"],
      ["handling_note", "text"],
    ]);
    await db.schema.createIndex("marketing_submissions_counter").on("marketing_submissions").columns(["counter_id", "period_from"]).execute();

    await grantDefaults(db, GRANTS);
  },
};
