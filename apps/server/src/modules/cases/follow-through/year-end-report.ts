/**
 * C-21 the year-end report on the complaint mechanism for the upper level: complaints received in the
 * year, their rulings, referrals and leads handed over in the year with their status at the report's
 * date (or year end when later), compensation and penalties recorded in the year. Every figure is a
 * count or sum over rows of cases, rulings, follow-throughs and settlements (reproducible).
 */
import { type FollowThroughKind, type FollowThroughState, type RulingCategory, type RulingOutcome, followThroughStatus, localDateOf, yearEndFigures, zonedInstant } from "@ccms/core";
import { caseRepository, caseWorkRepository, followThroughRepository } from "@ccms/db";
import type { YearEndReport, YearEndReportQuery } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, unitInScope } from "../../../http/principal.js";
import { need } from "../case-scope.js";
import { departmentNames } from "./follow-through-views.js";

export async function buildYearEndReport(ctx: AppContext, principal: Principal | null, q: YearEndReportQuery): Promise<YearEndReport> {
  const p = need(principal, "case.report");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const from = `${q.year}-01-01`;
  const to = `${q.year}-12-31`;
  const fromInstant = zonedInstant(from, "00:00", unit.timeZone).toISOString();
  const toInstant = zonedInstant(`${q.year + 1}-01-01`, "00:00", unit.timeZone).toISOString();
  const now = ctx.clock.now();
  const today = localDateOf(now, unit.timeZone);
  const asOf = today < to ? today : to;
  const cases = (await caseRepository.listAll(ex, { scopePath: p.scopePath, unitPath: unit.path })).filter((c) => c.org_path.startsWith(unit.path) && c.received_at >= fromInstant && c.received_at < toInstant);
  const caseIds = new Set(cases.map((c) => c.id));
  const rulings = (await caseWorkRepository.listRulings(ex, unit.path)).filter((r) => caseIds.has(r.case_id));
  const fts = await followThroughRepository.listUnder(ex, unit.path, { from, to });
  const sts = await followThroughRepository.settlementsUnder(ex, unit.path, { from: fromInstant, to: toInstant });
  const figures = yearEndFigures({
    cases: cases.map((c) => ({ kind: c.kind, closed: c.closed_at !== null })),
    rulings: rulings.map((r) => ({ finalOutcome: r.final_outcome as RulingOutcome, finalCategory: r.final_category as RulingCategory, appealed: r.appeal_status !== "none", overturned: r.appeal_status === "overturned" })),
    followThroughs: fts.map((f) => ({ kind: f.kind as FollowThroughKind, departmentCode: f.department_code, status: followThroughStatus({ state: f.state as FollowThroughState, dueDate: f.due_date, repliedOn: f.replied_on }, asOf) })),
    settlements: sts.map((s) => ({ kind: s.kind as "compensation" | "penalty", amountFen: s.amount_fen })),
  });
  const names = await departmentNames(ex);
  return {
    orgUnitId: unit.id,
    unitName: unit.name,
    year: q.year,
    from,
    to,
    generatedAt: now.toISOString(),
    ...figures,
    byDepartment: Object.entries(figures.byDepartment).map(([code, d]) => ({ departmentCode: code, departmentName: names.get(code) ?? code, ...d })),
  };
}
