/**
 * 027 Post-permission table per province with acceptance (K-07, seed 001 九 岗位权限设置表 "审批、验收"),
 * the responsibility committee size per unit (C-12, seed 003 第二篇 Art.18) and case causes as a
 * managed list with names (issue 10 item 4). Literal values as of this migration.
 * - K-07 province_permission_versions: every proposed change of a province's table (a set of overrides
 *   of the HQ defaults: grant or revoke one action for one post), proposed by one person and accepted
 *   (验收) by a second; province_permission_overrides holds the overrides of the accepted version in
 *   force, so that resolving a user's permissions stays one query. A province without an accepted
 *   version inherits the HQ table (role_permissions) as is.
 * - C-12 unit_committee_settings: the minimum size of a unit's responsibility committee (≥ 3); the
 *   nearest ancestor's setting applies, 3 when none.
 * - case_causes: causes per unit (NULL = HQ list, inherited), zh-CN and en-US names, retired ones kept.
 * New actions (K-07, literal grants an administrator may change afterwards):
 * - permission.province.propose  propose a change of the province's post-permission table
 * - permission.province.accept   accept (验收) or reject someone else's proposal
 * - case.committee.manage        set the unit's responsibility committee size
 * - case.cause.manage            add, rename and retire case causes
 */
import { sql } from "kysely";
import type { Migration, MigrationDb } from "./migration-db.js";
import { grantDefaults } from "../daily-ops/migration-helpers.js";

type Col = [name: string, type: "text" | "integer", flags?: "pk" | "nn", check?: readonly string[]];

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

/** The cause codes in use before this migration (apps/web cases i18n), with their names. */
const CAUSES: ReadonlyArray<readonly [code: string, zh: string, en: string]> = [
  ["waiting", "排队等候时间长", "Long waiting time"],
  ["attitude", "服务态度", "Service attitude"],
  ["fee", "收费与手续费", "Fees and charges"],
  ["claim", "理赔", "Claims"],
  ["policyLoan", "保单贷款", "Policy loan"],
  ["surrender", "退保", "Surrender"],
  ["renewal", "续期缴费", "Renewal premium"],
  ["sales", "销售误导", "Mis-selling"],
  ["process", "业务流程", "Business process"],
  ["environment", "服务环境", "Service environment"],
  ["system", "系统故障", "System failure"],
  ["other", "其他", "Other"],
];

const GRANTS: Record<string, readonly string[]> = {
  counterManager: ["case.committee.manage"],
  branchAdmin: ["permission.province.propose", "permission.province.accept", "case.committee.manage", "case.cause.manage"],
  hqAdmin: ["permission.province.propose", "permission.province.accept", "case.committee.manage", "case.cause.manage"],
};

export const m027PostPermissionAcceptance: Migration = {
  id: "027-post-permission-acceptance",
  async up(db) {
    await createTable(db, "province_permission_versions", [
      ["id", "text", "pk"],
      ["province_id", "text", "nn"],
      ["version", "integer", "nn"],
      ["state", "text", "nn", ["proposed", "inForce", "superseded", "rejected"]],
      ["overrides", "text", "nn"],
      ["reason", "text", "nn"],
      ["proposed_by", "text", "nn"],
      ["proposed_by_name", "text", "nn"],
      ["proposed_at", "text", "nn"],
      ["decided_by", "text"],
      ["decided_by_name", "text"],
      ["decided_at", "text"],
      ["decision_note", "text"],
    ]);
    await db.schema.createIndex("province_permission_versions_prov").on("province_permission_versions").columns(["province_id", "version"]).unique().execute();
    await createTable(db, "province_permission_overrides", [
      ["province_id", "text", "nn"],
      ["role", "text", "nn"],
      ["action", "text", "nn"],
      ["granted", "integer", "nn"],
      ["version_id", "text", "nn"],
    ]);
    await db.schema.createIndex("province_permission_overrides_pk").on("province_permission_overrides").columns(["province_id", "role", "action"]).unique().execute();

    await createTable(db, "unit_committee_settings", [
      ["org_unit_id", "text", "pk"],
      ["min_members", "integer", "nn"],
      ["updated_by", "text", "nn"],
      ["updated_at", "text", "nn"],
    ]);

    await createTable(db, "case_causes", [
      ["id", "text", "pk"],
      ["org_unit_id", "text"],
      ["code", "text", "nn"],
      ["name_zh", "text", "nn"],
      ["name_en", "text", "nn"],
      ["active", "integer", "nn"],
      ["sort_order", "integer", "nn"],
      ["created_by", "text"],
      ["created_at", "text", "nn"],
      ["retired_by", "text"],
      ["retired_at", "text"],
    ]);
    await db.schema.createIndex("case_causes_unit_code").on("case_causes").columns(["org_unit_id", "code"]).execute();
    const now = new Date().toISOString();
    await db
      .insertInto("case_causes")
      .values(CAUSES.map(([code, zh, en], i) => ({ id: `cause_${code}`, org_unit_id: null, code, name_zh: zh, name_en: en, active: 1, sort_order: (i + 1) * 10, created_by: null, created_at: now, retired_by: null, retired_at: null })))
      .execute();

    await grantDefaults(db, GRANTS);
  },
};
