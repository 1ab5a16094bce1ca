/**
 * A unit's periodic report (I-04; issue 16 item 3): daily, weekly, monthly, quarterly or yearly, in
 * the unit's local dates; every figure recomputed from the raw data through the KPI catalogue (the
 * same as the dashboard for that range), compared with the previous period, with the indicators that
 * missed their target or got worse (anomaly analysis), the units below ranked, and the report's
 * submission to the level above (due date and status).
 */
import type { PeriodicReport, ReportPeriodKind } from "@ccms/contracts";
import { localDateOf, periodContaining, previousPeriod, reportDueDate, submissionStatus } from "@ccms/core";
import { type OrgUnit, orgUnitRepository, reportSubmissionRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";
import { collectFacts } from "./collect-facts.js";
import { kpiFigures, kpiRecord, rankRows } from "./kpi-figures.js";
import { TEMPLATE_TITLES, chooseTemplate } from "./report-templates.js";

export interface PeriodicReportRequest {
  orgUnitId?: string | undefined;
  period: ReportPeriodKind;
  date: string;
  template?: string | undefined;
}

/** The free-text sections of a submission (summary and plan in their columns, the rest as JSON). */
function textsOf(s: { summary: string; plan: string | null; texts: string | null } | undefined): PeriodicReport["texts"] {
  if (!s) return {};
  const rest = s.texts ? (JSON.parse(s.texts) as Record<string, string>) : {};
  return { ...rest, summary: s.summary, ...(s.plan ? { plan: s.plan } : {}) };
}

export async function buildPeriodicReport(ctx: AppContext, unit: OrgUnit, period: ReportPeriodKind, date: string, askedTemplate?: string): Promise<PeriodicReport> {
  const ex = ctx.database.db;
  const p = periodContaining(period, date);
  const prev = previousPeriod(p);
  const [current, previous, submission, parent] = await Promise.all([
    collectFacts(ctx, { unit, from: p.from, to: p.to }),
    collectFacts(ctx, { unit, from: prev.from, to: prev.to }),
    reportSubmissionRepository.find(ex, unit.id, period, p.from),
    unit.parentId ? orgUnitRepository.findById(ex, unit.parentId) : Promise.resolve(undefined),
  ]);
  const today = localDateOf(ctx.clock.now(), unit.timeZone);
  const submittedOn = submission ? localDateOf(new Date(submission.submitted_at), unit.timeZone) : null;
  const kpis = kpiFigures(current.total, previous.total);
  const { template, choices } = chooseTemplate(period, unit, askedTemplate, submission?.template);
  return {
    orgUnitId: unit.id,
    unitName: unit.name,
    submitToUnitId: parent?.id ?? null,
    submitToUnitName: parent?.name ?? null,
    period,
    template: template.code,
    title: TEMPLATE_TITLES[template.code],
    templates: choices.map((t) => t.code),
    sections: template.sections.map((x) => (x.kind === "kpis" ? { kind: x.kind, kpis: x.kpis === "all" ? "all" : [...x.kpis] } : { ...x })),
    texts: textsOf(submission),
    from: p.from,
    to: p.to,
    previousFrom: prev.from,
    previousTo: prev.to,
    dueDate: reportDueDate(p),
    status: submissionStatus(p, { submittedOn, returned: submission?.status === "returned" }, today),
    submittedAt: submission?.submitted_at ?? null,
    submittedByName: submission?.submitted_by_name ?? null,
    returnedReason: submission?.status === "returned" ? submission.returned_reason : null,
    summary: submission?.summary ?? null,
    plan: submission?.plan ?? null,
    kpis,
    anomalies: kpis
      .filter((k) => k.status === "missed" || k.trend === "worse")
      .map((k) => ({ kpi: k.id, value: k.value, target: k.target, previous: k.previous, reason: k.status === "missed" ? ("missedTarget" as const) : ("worse" as const) })),
    units: rankRows(
      current.children.map((c) => ({ kind: c.kind, orgUnitId: c.id, windowId: null, tellerId: null, name: c.name, windowNumber: null, rank: null, kpis: kpiRecord(current.byChild.get(c.id)!) })),
      "satisfactionRate",
    ),
    complaintsByCause: [...current.complaintsByCause].map(([cause, count]) => ({ cause, count })).sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause)),
  };
}

export async function viewPeriodicReport(ctx: AppContext, principal: Principal | null, q: PeriodicReportRequest): Promise<PeriodicReport> {
  const p = requirePermission(principal, "reporting.read");
  const unit = await unitInScope(ctx.database.db, p, q.orgUnitId ?? p.orgUnitId);
  return buildPeriodicReport(ctx, unit, q.period, q.date, q.template);
}
