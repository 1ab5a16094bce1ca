/** I-04 the reports of the units directly below, with their due date and status (submitted / late / returned / overdue). */
import type { ReportPeriodKind, ReportSubmissions } from "@ccms/contracts";
import { localDateOf, periodContaining, reportDueDate, submissionStatus } from "@ccms/core";
import { orgUnitRepository, reportSubmissionRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";

export async function listReportSubmissions(ctx: AppContext, principal: Principal | null, q: { orgUnitId?: string | undefined; period: ReportPeriodKind; date: string }): Promise<ReportSubmissions> {
  const p = requirePermission(principal, "reporting.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const period = periodContaining(q.period, q.date);
  const children = await orgUnitRepository.listChildren(ex, unit.id);
  const rows = new Map((await reportSubmissionRepository.listForUnits(ex, children.map((c) => c.id), q.period, period.from)).map((r) => [r.org_unit_id, r]));
  return {
    period: q.period,
    from: period.from,
    to: period.to,
    dueDate: reportDueDate(period),
    items: children.map((c) => {
      const r = rows.get(c.id);
      const submittedOn = r ? localDateOf(new Date(r.submitted_at), c.timeZone) : null;
      return {
        orgUnitId: c.id,
        unitName: c.name,
        status: submissionStatus(period, { submittedOn, returned: r?.status === "returned" }, localDateOf(ctx.clock.now(), c.timeZone)),
        submittedAt: r?.submitted_at ?? null,
        submittedByName: r?.submitted_by_name ?? null,
      };
    }),
  };
}
