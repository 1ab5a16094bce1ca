/**
 * 014 People I (issue 14): staff records with certificates (P-02, P-15), exits with a hand-over
 * checklist (P-15), leave and swap requests with approval chains (P-06…P-10), shift templates and
 * rosters (P-05), clock-in/out events (P-11), AB posts (P-09). New actions as literal
 * rows of the post-permission table (K-07; data an administrator may change afterwards):
 * - people.read     staff records, exits and requests of the caller's subtree
 * - people.manage   create staff records, certificates, exits, close accounts after hand-over
 * - people.request  file one's own leave and swap requests
 * - people.approve.section / .deputy / .director  the three levels of an approval chain (003-3 Art.17:
 *   科室负责人 / 分管领导 / 局长), here the counter manager / the city branch / the province branch.
 */
import type { Migration } from "./migration-db.js";
import { createTableFromSpec } from "../daily-ops/migration-helpers.js";

const GRANTS: ReadonlyArray<readonly [role: string, actions: readonly string[]]> = [
  ["teller", ["people.request"]],
  ["guide", ["people.request"]],
  ["agent", ["people.request"]],
  ["dutyManager", ["people.request", "people.read"]],
  ["counterManager", ["people.request", "people.read", "people.manage", "people.approve.section"]],
  ["branchAdmin", ["people.request", "people.read", "people.manage", "people.approve.deputy", "people.approve.director"]],
  ["hqAdmin", ["people.request", "people.read", "people.manage", "people.approve.section", "people.approve.deputy", "people.approve.director"]],
  ["auditor", ["people.read"]],
];

export const m014People: Migration = {
  id: "014-people",
  async up(db) {
    await createTableFromSpec(db, "people_staff", [
      ["user_id", "text", "pk"],
      ["org_unit_id", "text", "nn"],
      ["posts", "text", "nn"],
      ["hire_date", "text", "nn"],
      ["education", "text"],
      ["mandarin_level", "text"],
      ["skills", "text", "nn"],
      ["entry", "text", "nn"],
      ["status", "text", "nn"],
      ["note", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
      ["updated_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_staff_unit").on("people_staff").column("org_unit_id").execute();

    await createTableFromSpec(db, "people_certificates", [
      ["id", "text", "pk"],
      ["user_id", "text", "nn"],
      ["kind", "text", "nn"],
      ["number", "text", "nn"],
      ["issued_on", "text"],
      ["expires_on", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_certificates_user").on("people_certificates").columns(["user_id", "kind"]).execute();
    await db.schema.createIndex("people_certificates_expiry").on("people_certificates").column("expires_on").execute();

    await createTableFromSpec(db, "people_exits", [
      ["id", "text", "pk"],
      ["user_id", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["notice_date", "text", "nn"],
      ["last_day", "text", "nn"],
      ["reason", "text"],
      ["checklist", "text", "nn"],
      ["warnings", "text", "nn"],
      ["state", "text", "nn"],
      ["closed_by", "text"],
      ["closed_at", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_exits_unit").on("people_exits").columns(["org_unit_id", "state"]).execute();
    await db.schema.createIndex("people_exits_user").on("people_exits").column("user_id").execute();

    await createTableFromSpec(db, "people_requests", [
      ["id", "text", "pk"],
      ["kind", "text", "nn"],
      ["user_id", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["leave_kind", "text"],
      ["date_from", "text", "nn"],
      ["date_to", "text", "nn"],
      ["half_day", "text"],
      ["half_days", "integer", "nn"],
      ["sudden", "integer", "nn"],
      ["certificate_ref", "text"],
      ["reason", "text"],
      ["swap_with_user_id", "text"],
      ["swap_shift_from", "text"],
      ["swap_shift_to", "text"],
      ["exception", "integer", "nn"],
      ["delegate_user_id", "text"],
      ["warnings", "text", "nn"],
      ["steps", "text", "nn"],
      ["state", "text", "nn"],
      ["leave_period_id", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
      ["decided_at", "text"],
    ]);
    await db.schema.createIndex("people_requests_unit").on("people_requests").columns(["org_unit_id", "state"]).execute();
    await db.schema.createIndex("people_requests_user").on("people_requests").columns(["user_id", "date_from"]).execute();

    // P-05 shift templates, rosters and their assignments
    await createTableFromSpec(db, "people_shift_templates", [
      ["id", "text", "pk"],
      ["org_unit_id", "text", "nn"],
      ["code", "text", "nn"],
      ["name", "text", "nn"],
      ["start_time", "text", "nn"],
      ["end_time", "text", "nn"],
      ["min_staff", "integer", "nn"],
      ["skill", "text"],
      ["days", "text", "nn"],
      ["active", "integer", "nn"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_shift_templates_unit_code").unique().on("people_shift_templates").columns(["org_unit_id", "code"]).execute();
    await createTableFromSpec(db, "people_rosters", [
      ["id", "text", "pk"],
      ["org_unit_id", "text", "nn"],
      ["date_from", "text", "nn"],
      ["date_to", "text", "nn"],
      ["state", "text", "nn"],
      ["uncovered", "text", "nn"],
      ["rules", "text", "nn"],
      ["solver_status", "text", "nn"],
      ["solve_ms", "integer", "nn"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
      ["published_by", "text"],
      ["published_at", "text"],
    ]);
    await db.schema.createIndex("people_rosters_unit").on("people_rosters").columns(["org_unit_id", "date_from"]).execute();
    await createTableFromSpec(db, "people_roster_assignments", [
      ["roster_id", "text", "nn"],
      ["user_id", "text", "nn"],
      ["date", "text", "nn"],
      ["shift_code", "text", "nn"],
      ["start_time", "text", "nn"],
      ["end_time", "text", "nn"],
    ]);
    await db.schema.createIndex("people_roster_assignments_roster").on("people_roster_assignments").columns(["roster_id", "date"]).execute();
    await db.schema.createIndex("people_roster_assignments_user").on("people_roster_assignments").columns(["user_id", "date"]).execute();

    // P-11 clock-in/out events
    await createTableFromSpec(db, "people_clock_events", [
      ["id", "text", "pk"],
      ["user_id", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      ["kind", "text", "nn"],
      ["at", "text", "nn"],
      ["source", "text", "nn"],
    ]);
    await db.schema.createIndex("people_clock_events_unit_at").on("people_clock_events").columns(["org_unit_id", "at"]).execute();
    await db.schema.createIndex("people_clock_events_user_at").on("people_clock_events").columns(["user_id", "at"]).execute();

    // P-09 AB posts
    await createTableFromSpec(db, "people_ab_posts", [
      ["id", "text", "pk"],
      ["org_unit_id", "text", "nn"],
      ["post", "text", "nn"],
      ["a_user_id", "text", "nn"],
      ["b_user_id", "text", "nn"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_ab_posts_unit_post").unique().on("people_ab_posts").columns(["org_unit_id", "post"]).execute();

    const now = new Date().toISOString();
    for (const [role, actions] of GRANTS) {
      for (const action of actions) {
        const exists = await db.selectFrom("role_permissions").select("role").where("role", "=", role).where("action", "=", action).executeTakeFirst();
        if (!exists) await db.insertInto("role_permissions").values({ role, action, updated_by: null, updated_at: now }).execute();
      }
    }
  },
};
