/**
 * 025 People I, item 2 and 3 (issue 14): onboarding with a mentor and three stages (P-03, seed 003-1
 * Art.15), exams with pass mark and attempts (P-01, P-04), the K-08 gate (business roles kept aside
 * until the 3-month assessment is passed and approved), training sessions with attendance and the
 * one-week external report (Art.21, 22), and the manager's forecast overrides (issue 14 item 3).
 * New actions as literal rows of the post-permission table:
 * - people.training.manage   onboard trainees, sign off stages, set exams and record scores, training sessions
 * - people.training.approve  the training lead's approval of a passed 3-month assessment (grants the roles)
 * - people.forecast.edit     edit the arrival forecast of a unit
 */
import type { Migration } from "./migration-db.js";
import { createTableFromSpec } from "../daily-ops/migration-helpers.js";

const GRANTS: ReadonlyArray<readonly [role: string, actions: readonly string[]]> = [
  ["counterManager", ["people.training.manage", "people.forecast.edit"]],
  ["branchAdmin", ["people.training.manage", "people.training.approve", "people.forecast.edit"]],
  ["hqAdmin", ["people.training.manage", "people.training.approve", "people.forecast.edit"]],
];

export const m025PeopleTraining: Migration = {
  id: "025-people-training",
  async up(db) {
    await createTableFromSpec(db, "people_onboarding", [
      ["user_id", "text", "pk"],
      ["org_unit_id", "text", "nn"],
      ["mentor_user_id", "text", "nn"],
      ["hired_on", "text", "nn"],
      // JSON string[]: business roles granted once the K-08 assessment is passed and approved
      ["pending_roles", "text", "nn"],
      // norms | shadowing | trial | done
      ["stage", "text", "nn"],
      // training | granted | dismissal_proposed
      ["state", "text", "nn"],
      ["approved_by", "text"],
      ["approved_at", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
      ["updated_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_onboarding_unit").on("people_onboarding").columns(["org_unit_id", "state"]).execute();

    await createTableFromSpec(db, "people_exams", [
      ["id", "text", "pk"],
      ["user_id", "text", "nn"],
      ["org_unit_id", "text", "nn"],
      // pre_job | onboarding_assessment | on_post | quarterly | standby
      ["kind", "text", "nn"],
      ["title", "text", "nn"],
      ["pass_mark", "integer", "nn"],
      ["max_attempts", "integer", "nn"],
      ["due_on", "text"],
      // open | passed | failed
      ["state", "text", "nn"],
      // dismissal | transfer
      ["proposal", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_exams_user").on("people_exams").columns(["user_id", "kind"]).execute();
    await db.schema.createIndex("people_exams_unit").on("people_exams").columns(["org_unit_id", "state"]).execute();
    await createTableFromSpec(db, "people_exam_attempts", [
      ["id", "text", "pk"],
      ["exam_id", "text", "nn"],
      ["seq", "integer", "nn"],
      ["taken_on", "text", "nn"],
      ["score", "integer", "nn"],
      ["recorded_by", "text", "nn"],
      ["recorded_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_exam_attempts_exam").unique().on("people_exam_attempts").columns(["exam_id", "seq"]).execute();

    await createTableFromSpec(db, "people_training_sessions", [
      ["id", "text", "pk"],
      ["org_unit_id", "text", "nn"],
      // on_job | external | transfer | standby
      ["kind", "text", "nn"],
      ["title", "text", "nn"],
      ["starts_on", "text", "nn"],
      ["ends_on", "text", "nn"],
      ["report_due_on", "text"],
      ["created_by", "text", "nn"],
      ["created_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_training_sessions_unit").on("people_training_sessions").columns(["org_unit_id", "starts_on"]).execute();
    await createTableFromSpec(db, "people_training_attendance", [
      ["session_id", "text", "nn"],
      ["user_id", "text", "nn"],
      // invited | attended | absent
      ["status", "text", "nn"],
      ["report_submitted_on", "text"],
      ["updated_by", "text", "nn"],
      ["updated_at", "text", "nn"],
    ]);
    await db.schema.createIndex("people_training_attendance_pk").unique().on("people_training_attendance").columns(["session_id", "user_id"]).execute();
    await db.schema.createIndex("people_training_attendance_user").on("people_training_attendance").column("user_id").execute();

    // issue 14 item 3: the manager's edits of the forecast, per unit, date, business type and interval
    await createTableFromSpec(db, "people_forecast_overrides", [
      ["org_unit_id", "text", "nn"],
      ["date", "text", "nn"],
      ["business_type", "text", "nn"],
      ["interval_start", "text", "nn"],
      ["arrivals", "integer", "nn"],
      ["updated_by", "text", "nn"],
      ["updated_at", "text", "nn"],
    ]);
    await db.schema
      .createIndex("people_forecast_overrides_key")
      .unique()
      .on("people_forecast_overrides")
      .columns(["org_unit_id", "date", "business_type", "interval_start"])
      .execute();

    const now = new Date().toISOString();
    for (const [role, actions] of GRANTS) {
      for (const action of actions) {
        const exists = await db.selectFrom("role_permissions").select("role").where("role", "=", role).where("action", "=", action).executeTakeFirst();
        if (!exists) await db.insertInto("role_permissions").values({ role, action, updated_by: null, updated_at: now }).execute();
      }
    }
  },
};
