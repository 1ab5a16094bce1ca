/**
 * I-04 a unit submits its periodic report to the level above, after the period has ended: the
 * summary, the plan and the figures as computed at submission (kept as submitted). A returned report
 * may be submitted again; a submitted one cannot be submitted twice. Audited.
 */
import type { PeriodicReport, ReportPeriodKind } from "@ccms/contracts";
import { DomainError, type ReportTextKey, localDateOf, missingReportTexts, periodContaining } from "@ccms/core";
import { reportSubmissionRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { chooseTemplate } from "./report-templates.js";
import { buildPeriodicReport } from "./view-periodic-report.js";

export interface SubmitReportInput {
  orgUnitId: string;
  period: ReportPeriodKind;
  date: string;
  summary: string;
  plan?: string | undefined;
  template?: string | undefined;
  texts?: Partial<Record<ReportTextKey, string>> | undefined;
}

export async function submitReport(ctx: AppContext, principal: Principal | null, input: SubmitReportInput): Promise<PeriodicReport> {
  const p = requirePermission(principal, "reporting.submit");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId);
  if (!unit.parentId) throw new DomainError("conflict", "report_no_upper_level", "Head office has no level above to submit to", { orgUnitId: unit.id });
  const period = periodContaining(input.period, input.date);
  const now = ctx.clock.now();
  if (localDateOf(now, unit.timeZone) <= period.to) {
    throw new DomainError("conflict", "report_period_not_ended", "A report is submitted after its period has ended", { to: period.to });
  }
  // I-04 a report written after a named template fills the template's required free-text sections
  const texts = { ...input.texts, summary: input.summary, plan: input.plan };
  const { template } = chooseTemplate(input.period, unit, input.template);
  if (input.template) {
    if (template.code !== input.template) throw new DomainError("validation", "report_template_not_for_period", "This template is not written for this period", { template: input.template, period: input.period });
    const missing = missingReportTexts(template, texts);
    if (missing.length) throw new DomainError("unprocessable", "report_text_missing", "The template's required sections are not filled", { sections: missing });
  }
  const extra = Object.fromEntries(Object.entries(input.texts ?? {}).filter(([k, v]) => k !== "summary" && k !== "plan" && v?.trim()));
  const figures = await buildPeriodicReport(ctx, unit, input.period, input.date, input.template);
  await ctx.tx(async (tx) => {
    const existing = await reportSubmissionRepository.find(tx, unit.id, input.period, period.from);
    if (existing && existing.status === "submitted") {
      throw new DomainError("conflict", "report_already_submitted", "This report has already been submitted", { submittedAt: existing.submitted_at });
    }
    const row = {
      status: "submitted",
      summary: input.summary,
      plan: input.plan ?? null,
      template: input.template ?? null,
      texts: Object.keys(extra).length ? JSON.stringify(extra) : null,
      figures: JSON.stringify({ kpis: figures.kpis, units: figures.units, complaintsByCause: figures.complaintsByCause }),
      submitted_by: p.userId,
      submitted_by_name: p.displayName,
      submitted_at: now.toISOString(),
      returned_by: null,
      returned_at: null,
      returned_reason: null,
    };
    if (existing) await reportSubmissionRepository.update(tx, existing.id, row);
    else await reportSubmissionRepository.insert(tx, { id: ulid(), org_unit_id: unit.id, period: input.period, period_from: period.from, period_to: period.to, ...row });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "report.submitted",
      entityType: "report_submission",
      entityId: `${unit.id}:${input.period}:${period.from}`,
      orgUnitId: unit.id,
      details: { 单位: unit.name, 报告: figures.title, 期间: `${period.from} 至 ${period.to}`, 再次报送: Boolean(existing) },
    });
  });
  return buildPeriodicReport(ctx, unit, input.period, input.date, input.template);
}
