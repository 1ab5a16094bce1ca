/**
 * P-01 (seed 002 §1.2.1.3: staff on post 6 months sit the post exam; two fails → transfer) the
 * on-post exam is set by itself when a person's 6-month anniversary of hire comes: an hourly job
 * (and callable with the test clock) sets it once per person, due on the anniversary, in the
 * person's unit; it then appears in the exams list like one set by hand. Audited, by the system.
 */
import { examPolicy, localDateOf, onPostExamsDue } from "@ccms/core";
import { orgUnitRepository, staffRecordRepository, trainingRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";

export const ON_POST_EXAM_PASS_MARK = 60;
export const ON_POST_EXAM_TITLE = "上岗满6个月岗位考试";
const SWEEP_SECONDS = 3600;

export async function scheduleOnPostExams(ctx: AppContext): Promise<{ created: number }> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const records = (await staffRecordRepository.listUnder(ex, "")).filter((r) => r.status === "active" && r.active === 1);
  if (records.length === 0) return { created: 0 };
  const units = new Map((await orgUnitRepository.findByIds(ex, [...new Set(records.map((r) => r.org_unit_id))])).map((u) => [u.id, u]));
  const withExam = new Set((await trainingRepository.examsOf(ex, records.map((r) => r.user_id))).filter((e) => e.kind === "on_post").map((e) => e.user_id));
  const due = records.flatMap((r) => {
    const unit = units.get(r.org_unit_id);
    if (!unit) return [];
    return onPostExamsDue([{ userId: r.user_id, hireDate: r.hire_date, active: true, hasOnPostExam: withExam.has(r.user_id) }], localDateOf(now, unit.timeZone)).map((d) => ({ ...d, record: r }));
  });
  if (due.length === 0) return { created: 0 };
  await ctx.tx(async (tx) => {
    for (const d of due) {
      const id = ulid();
      await trainingRepository.insertExam(tx, {
        id,
        user_id: d.userId,
        org_unit_id: d.record.org_unit_id,
        kind: "on_post",
        title: ON_POST_EXAM_TITLE,
        pass_mark: ON_POST_EXAM_PASS_MARK,
        max_attempts: examPolicy("on_post").maxAttempts,
        due_on: d.dueOn,
        state: "open",
        proposal: null,
        created_by: "system",
        created_at: now.toISOString(),
      });
      await appendAudit(tx, ctx.database.engine, actorOf(null), now, {
        action: "people.exam_scheduled",
        entityType: "people_exam",
        entityId: id,
        orgUnitId: d.record.org_unit_id,
        details: { 员工: d.record.display_name, 考试: ON_POST_EXAM_TITLE, 入职日期: d.record.hire_date, 应考日期: d.dueOn, 依据: "上岗满6个月参加岗位考试" },
      });
    }
  });
  return { created: due.length };
}

export function installOnPostExamJob(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "on-post exam scheduling", SWEEP_SECONDS, () => scheduleOnPostExams(ctx));
}
