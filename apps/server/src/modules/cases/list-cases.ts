/** Case desk: cases visible to the caller (ORG-01) with every deadline at once; filters by state, kind, level, overdue. */
import { addDays, zonedInstant } from "@ccms/core";
import { type CaseListFilter, caseRepository } from "@ccms/db";
import type { CaseDetail, CaseList, ListCasesQuery } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, unitInScope } from "../../http/principal.js";
import { deadlinesOf } from "./case-deadlines.js";
import { caseDetail } from "./case-detail.js";
import { loadVisibleCase, need } from "./case-scope.js";
import { summaryView } from "./case-views.js";
import { UnitContextCache } from "./unit-context.js";

export async function caseFilter(ctx: AppContext, p: UserPrincipal, q: ListCasesQuery): Promise<CaseListFilter> {
  const ex = ctx.database.db;
  const unit = q.orgUnitId ? await unitInScope(ex, p, q.orgUnitId) : undefined;
  const tz = unit?.timeZone ?? "Asia/Shanghai";
  return {
    scopePath: p.scopePath,
    unitPath: unit?.path,
    state: q.state,
    kind: q.kind,
    channel: q.channel,
    level: q.level,
    overdue: q.overdue === undefined ? undefined : q.overdue === "true",
    open: q.open === undefined ? undefined : q.open === "true",
    q: q.q,
    receivedFrom: q.from ? zonedInstant(q.from, "00:00", tz).toISOString() : undefined,
    receivedTo: q.to ? zonedInstant(addDays(q.to, 1), "00:00", tz).toISOString() : undefined,
    limit: q.limit ?? 100,
    offset: q.offset ?? 0,
    nowIso: ctx.clock.now().toISOString(),
  };
}

export async function listCases(ctx: AppContext, p: UserPrincipal, q: ListCasesQuery): Promise<CaseList> {
  need(p, "case.read");
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const f = await caseFilter(ctx, p, q);
  const { rows, total } = await caseRepository.list(ex, f);
  const events = await caseRepository.listEventsFor(ex, rows.map((r) => r.id));
  const units = new UnitContextCache(ex);
  const items = [];
  for (const row of rows) {
    const u = await units.get(row.org_unit_id);
    const d = deadlinesOf(row, events.filter((e) => e.case_id === row.id), u, now, false);
    items.push(summaryView(row, u.unit.name, d, now));
  }
  return { items, total };
}

export async function getCase(ctx: AppContext, p: UserPrincipal, id: string): Promise<CaseDetail> {
  need(p, "case.read");
  await loadVisibleCase(ctx.database.db, p, id);
  return caseDetail(ctx, ctx.database.db, id, p);
}
