/**
 * I-06 periodic HQ service-quality checks (第十一条(三)): figures per department from the tasks created
 * in the period against the time-limit table, a conclusion, then published (every HQ user and branch
 * sees published results). Audited.
 */
import { type HqTaskState, DomainError, addDays, qualityCheckFigures, zonedInstant } from "@ccms/core";
import { type Executor, type HqQualityCheckRow, hqServiceRepository, staffRecordRepository } from "@ccms/db";
import type { CreateHqQualityCheck, HqQualityCheckList, HqQualityCheckView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound, requirePermission, requireUser } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { anyHqPermission, hqDay } from "./hq-shared.js";

async function views(ex: Executor, rows: readonly HqQualityCheckRow[]): Promise<HqQualityCheckView[]> {
  const names = await staffRecordRepository.namesOf(ex, rows.map((r) => r.created_by));
  return rows.map((r) => ({
    id: r.id,
    from: r.period_from,
    to: r.period_to,
    figures: JSON.parse(r.figures) as HqQualityCheckView["figures"],
    conclusion: r.conclusion,
    state: r.state as "draft" | "published",
    createdByName: names.get(r.created_by) ?? "",
    publishedAt: r.published_at,
  }));
}

export async function createHqQualityCheck(ctx: AppContext, principal: Principal | null, body: CreateHqQualityCheck): Promise<HqQualityCheckView> {
  const p = requirePermission(principal, "information.hq.coordinate");
  if (body.to < body.from) throw new DomainError("validation", "hq_period_reversed", "The period ends before it starts");
  const ex = ctx.database.db;
  const { hq, now, today } = await hqDay(ctx, ex);
  const departments = await hqServiceRepository.departments(ex);
  const tasks = await hqServiceRepository.tasksCreatedBetween(ex, zonedInstant(body.from, "00:00", hq.timeZone).toISOString(), zonedInstant(addDays(body.to, 1), "00:00", hq.timeZone).toISOString());
  const asOf = today < body.to ? today : body.to;
  const names = new Map(departments.map((d) => [d.code, d.name]));
  const figures = qualityCheckFigures(
    tasks.map((t) => ({ departmentCode: t.department_code, state: t.state as HqTaskState, dueDate: t.due_date, repliedOn: t.replied_on })),
    departments.map((d) => d.code),
    asOf,
  ).map((f) => ({ ...f, departmentName: names.get(f.departmentCode) ?? f.departmentCode }));
  const id = ulid();
  await ctx.tx(async (tx) => {
    await hqServiceRepository.insertQualityCheck(tx, { id, period_from: body.from, period_to: body.to, figures: JSON.stringify(figures), conclusion: body.conclusion, state: "draft", created_by: p.userId, created_at: now.toISOString(), published_by: null, published_at: null });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "information.hq_quality_checked",
      entityType: "hq_quality_check",
      entityId: id,
      details: { 期间: `${body.from} 至 ${body.to}`, 结论: body.conclusion, 逾期: figures.reduce((a, f) => a + f.overdue + f.answeredLate, 0) },
    });
  });
  return (await views(ex, [(await hqServiceRepository.findQualityCheck(ex, id))!]))[0]!;
}

export async function publishHqQualityCheck(ctx: AppContext, principal: Principal | null, id: string): Promise<HqQualityCheckView> {
  const p = requirePermission(principal, "information.hq.coordinate");
  const ex = ctx.database.db;
  const row = await hqServiceRepository.findQualityCheck(ex, id);
  if (!row) throw notFound("hq_quality_check", id);
  if (row.state === "published") throw new DomainError("conflict", "hq_quality_check_published", "The check is already published");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await hqServiceRepository.publishQualityCheck(tx, id, p.userId, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "information.hq_quality_published",
      entityType: "hq_quality_check",
      entityId: id,
      details: { 期间: `${row.period_from} 至 ${row.period_to}`, 结论: row.conclusion },
    });
  });
  return (await views(ex, [(await hqServiceRepository.findQualityCheck(ex, id))!]))[0]!;
}

export async function listHqQualityChecks(ctx: AppContext, principal: Principal | null): Promise<HqQualityCheckList> {
  const p = requireUser(principal);
  anyHqPermission(p);
  const ex = ctx.database.db;
  return { items: await views(ex, await hqServiceRepository.listQualityChecks(ex, !p.permissions.has("information.hq.coordinate"))) };
}
