/**
 * 024 Complaint follow-through (C-21), untrained staff liability (P-18), HQ internal service (I-06)
 * (issue 17 items 7–9). Literal values as of this migration (later changes are new migrations).
 * - C-21 case_follow_throughs: non-responsible complaints routed to the owning department and leads on
 *   violations handed to the supervision/security department, each with a due date, tracked to a
 *   reply; case_settlements: compensation to the customer and penalties recorded on the ruling.
 * - P-18 people_training_passes (上岗培训 passed) and people_error_charges (an error by a person; when
 *   the person was untrained, the department head is charged too and the unit loses award eligibility).
 * - I-06 hq_departments: the time-limit table (附件三《总公司各部门服务时效标准》) as data; hq_requests
 *   received by the one coordination point (市场部), split into hq_tasks per department with a named
 *   owner, a due date and delegation; hq_quality_checks with published results.
 * Enum columns carry CHECK constraints (created with the table on both engines).
 * New actions (K-07, literal grants an administrator may change afterwards):
 * - case.followThrough        route non-responsible complaints, hand over leads, record compensation and penalties, reply
 * - information.hq.request    a branch files a request or enquiry with HQ
 * - information.hq.coordinate the coordination point: split, answer, quality checks
 * - information.hq.work       an HQ department's owner answers its task, delegates when absent
 */
import { sql } from "kysely";
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";
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

/** 附件三 服务时效标准: department → working days for a task / for an internal enquiry (seed 004 第九条, 第六条(五)4). */
const DEPARTMENTS: ReadonlyArray<readonly [code: string, name: string, taskDays: number, enquiryDays: number, coordination: number, supervision: number]> = [
  ["market", "市场部", 2, 1, 1, 0],
  ["operations", "运营管理部", 3, 1, 0, 0],
  ["customer_service", "客户服务部", 2, 1, 0, 0],
  ["it", "信息技术部", 3, 1, 0, 0],
  ["hr", "人力资源部", 5, 1, 0, 0],
  ["finance", "财务会计部", 5, 1, 0, 0],
  ["legal", "法律合规部", 5, 1, 0, 0],
  ["supervision", "监察保卫部", 3, 1, 0, 1],
  ["office", "总公司办公室", 3, 1, 0, 0],
];

const GRANTS: Record<string, readonly string[]> = {
  counterManager: ["case.followThrough", "information.hq.request"],
  branchAdmin: ["case.followThrough", "information.hq.request"],
  hqAdmin: ["case.followThrough", "information.hq.request", "information.hq.coordinate", "information.hq.work"],
};

export const m024FollowThroughHqService: Migration = {
  id: "024-follow-through-hq-service",
  async up(db) {
    // C-21
    await createTable(db, "case_follow_throughs", [
      ["id", "text", "pk"],
      ["case_id", "text", "nn"],
      ["ruling_id", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["kind", "text", "nn", ["referral", "violation_lead"]],
      ["department_code", "text", "nn"],
      ["owner_name", "text"],
      ["subject", "text", "nn"],
      ["received_on", "text", "nn"],
      ["due_date", "text", "nn"],
      ["state", "text", "nn", ["open", "replied"]],
      ["reply", "text"],
      ["replied_by", "text"],
      ["replied_at", "text"],
      ["replied_on", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("case_follow_throughs_case").on("case_follow_throughs").column("case_id").execute();
    await db.schema.createIndex("case_follow_throughs_unit").on("case_follow_throughs").columns(["org_unit_id", "state"]).execute();
    await createTable(db, "case_settlements", [
      ["id", "text", "pk"],
      ["case_id", "text", "nn"],
      ["ruling_id", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["kind", "text", "nn", ["compensation", "penalty"]],
      ["recipient_name", "text", "nn"],
      ["amount_fen", "integer", "nn"],
      ["reason", "text", "nn"],
      ["recorded_by", "text", "nn"],
      ["recorded_at", "text", "nn"],
    ]);
    await db.schema.createIndex("case_settlements_case").on("case_settlements").column("case_id").execute();

    // P-18
    await createTable(db, "people_training_passes", [
      ["id", "text", "pk"],
      ["user_id", "text", "nn"],
      ["course", "text", "nn"],
      ["passed_on", "text", "nn"],
      ["recorded_by", "text", "nn"],
      ["recorded_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_training_passes_user").on("people_training_passes").columns(["user_id", "passed_on"]).execute();
    await createTable(db, "people_error_charges", [
      ["id", "text", "pk"],
      ["user_id", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["occurred_on", "text", "nn"],
      ["description", "text", "nn"],
      ["untrained", "integer", "nn"],
      ["untrained_reasons", "text", "nn"],
      ["head_user_id", "text"],
      ["recorded_by", "text", "nn"],
      ["recorded_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_error_charges_unit").on("people_error_charges").columns(["org_unit_id", "occurred_on"]).execute();

    // I-06
    await createTable(db, "hq_departments", [
      ["code", "text", "pk"],
      ["name", "text", "nn"],
      ["task_days", "integer", "nn"],
      ["enquiry_days", "integer", "nn"],
      ["coordination", "integer", "nn"],
      ["supervision", "integer", "nn"],
      ["sort_order", "integer", "nn"],
    ]);
    let order = 0;
    for (const [code, name, taskDays, enquiryDays, coordination, supervision] of DEPARTMENTS) {
      await db.insertInto("hq_departments").values({ code, name, task_days: taskDays, enquiry_days: enquiryDays, coordination, supervision, sort_order: ++order }).execute();
    }
    await createTable(db, "hq_requests", [
      ["id", "text", "pk"],
      ["from_unit_id", "text", "nn"],
      ["kind", "text", "nn", ["request", "enquiry"]],
      ["subject", "text", "nn"],
      ["content", "text", "nn"],
      ["received_on", "text", "nn"],
      ["due_date", "text", "nn"],
      ["state", "text", "nn", ["received", "split", "answered"]],
      ["answer", "text"],
      ["answered_by", "text"],
      ["answered_at", "text"],
      ["answered_on", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("hq_requests_state").on("hq_requests").columns(["state", "received_on"]).execute();
    await createTable(db, "hq_tasks", [
      ["id", "text", "pk"],
      ["request_id", "text", "nn"],
      ["department_code", "text", "nn"],
      ["owner_id", "text", "nn"],
      ["delegate_id", "text"],
      ["absent_from", "text"],
      ["absent_to", "text"],
      ["limit_days", "integer", "nn"],
      ["due_date", "text", "nn"],
      ["state", "text", "nn", ["open", "answered"]],
      ["reply", "text"],
      ["replied_by", "text"],
      ["replied_at", "text"],
      ["replied_on", "text"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("hq_tasks_request").on("hq_tasks").column("request_id").execute();
    await db.schema.createIndex("hq_tasks_department").on("hq_tasks").columns(["department_code", "state"]).execute();
    await createTable(db, "hq_quality_checks", [
      ["id", "text", "pk"],
      ["period_from", "text", "nn"],
      ["period_to", "text", "nn"],
      ["figures", "text", "nn"],
      ["conclusion", "text", "nn"],
      ["state", "text", "nn", ["draft", "published"]],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
      ["published_by", "text"],
      ["published_at", "text"],
    ]);

    await grantDefaults(db, GRANTS);
  },
};
