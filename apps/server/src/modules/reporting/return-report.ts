/**
 * I-04 the level above sends a submitted report back with a reason (status "returned" until the unit
 * submits it again). Only a unit strictly below the reviewer's own unit; audited.
 */
import type { PeriodicReport, ReportPeriodKind } from "@ccms/contracts";
import { DomainError, periodContaining } from "@ccms/core";
import { reportSubmissionRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, notFound, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { buildPeriodicReport } from "./view-periodic-report.js";

export interface ReturnReportInput {
  orgUnitId: string;
  period: ReportPeriodKind;
  date: string;
  reason: string;
}

export async function returnReport(ctx: AppContext, principal: Principal | null, input: ReturnReportInput): Promise<PeriodicReport> {
  const p = requirePermission(principal, "reporting.review");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId);
  if (unit.id === p.orgUnitId) throw new DomainError("forbidden", "report_own_unit", "A unit's own report is returned by the level above", { orgUnitId: unit.id });
  const period = periodContaining(input.period, input.date);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const existing = await reportSubmissionRepository.find(tx, unit.id, input.period, period.from);
    if (!existing) throw notFound("report_submission", `${unit.id}:${input.period}:${period.from}`);
    if (existing.status !== "submitted") throw new DomainError("conflict", "report_not_submitted", "Only a submitted report can be returned", { status: existing.status });
    await reportSubmissionRepository.update(tx, existing.id, { status: "returned", returned_by: p.userId, returned_at: now.toISOString(), returned_reason: input.reason });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "report.returned",
      entityType: "report_submission",
      entityId: `${unit.id}:${input.period}:${period.from}`,
      orgUnitId: unit.id,
      details: { 单位: unit.name, 期间: `${period.from} 至 ${period.to}`, 退回原因: input.reason },
    });
  });
  return buildPeriodicReport(ctx, unit, input.period, input.date);
}
