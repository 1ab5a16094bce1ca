/**
 * Dashboard of a unit (I-04; issue 16 item 2): the KPI catalogue against targets and the previous
 * period of the same length, waits and handling times by local hour, complaints by cause, and a
 * ranking table of the level below — HQ → provinces → cities → counters → windows and tellers; at a
 * counter, one window or one teller narrows the queue figures to its own tickets. ORG-01: a unit,
 * window or teller outside the caller's subtree is 404.
 */
import type { Dashboard, DashboardRow, KpiId } from "@ccms/contracts";
import { DomainError, ancestorIds, daysBetween, isInSubtree, previousRange } from "@ccms/core";
import { type OrgUnit, orgUnitRepository, reportingReadRepository, windowRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, type UserPrincipal, notFound, requirePermission, unitInScope, userIdInScope } from "../../http/principal.js";
import { collectFacts } from "./collect-facts.js";
import { kpiFigures, kpiRecord, rankRows } from "./kpi-figures.js";

export interface DashboardRequest {
  orgUnitId?: string | undefined;
  from: string;
  to: string;
  windowId?: string | undefined;
  tellerId?: string | undefined;
  rankBy?: KpiId | undefined;
}

export function assertReportRange(from: string, to: string): void {
  if (daysBetween(from, to) < 0) throw new DomainError("validation", "invalid_range", "from must not be after to", { from, to });
  if (daysBetween(from, to) > 366) throw new DomainError("validation", "range_too_long", "At most one year at a time", { from, to });
}

type Crumb = Dashboard["breadcrumb"][number];
const unitCrumb = (u: OrgUnit): Crumb => ({ kind: u.kind, orgUnitId: u.id, windowId: null, tellerId: null, name: u.name });

/** From the caller's own unit down to `unit` (never above the caller's scope). */
export async function breadcrumbOf(ctx: AppContext, p: UserPrincipal, unit: OrgUnit): Promise<Crumb[]> {
  const ancestors = await orgUnitRepository.findByIds(ctx.database.db, ancestorIds(unit.path));
  const byId = new Map(ancestors.map((u) => [u.id, u]));
  return ancestorIds(unit.path)
    .map((id) => byId.get(id))
    .filter((u): u is OrgUnit => Boolean(u) && isInSubtree(u!.path, p.scopePath))
    .map(unitCrumb);
}

export async function viewDashboard(ctx: AppContext, principal: Principal | null, q: DashboardRequest): Promise<Dashboard> {
  const p = requirePermission(principal, "reporting.read");
  assertReportRange(q.from, q.to);
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const rankBy: KpiId = q.rankBy ?? "satisfactionRate";
  let subject: Crumb = unitCrumb(unit);
  if (q.windowId) {
    const w = await windowRepository.findById(ex, q.windowId);
    if (!w || unit.kind !== "counter" || w.counter_id !== unit.id) throw notFound("window", q.windowId);
    subject = { kind: "window", orgUnitId: unit.id, windowId: w.id, tellerId: null, name: w.name ?? String(w.number) };
  }
  if (q.tellerId) {
    const u = await userIdInScope(ex, p, q.tellerId);
    if (unit.kind !== "counter") throw notFound("user", q.tellerId);
    subject = { kind: "teller", orgUnitId: unit.id, windowId: null, tellerId: u.id, name: u.displayName };
  }
  const prevRange = previousRange(q.from, q.to);
  const narrow = { windowId: q.windowId, tellerId: q.tellerId };
  const [current, previous] = await Promise.all([
    collectFacts(ctx, { unit, from: q.from, to: q.to, ...narrow }),
    collectFacts(ctx, { unit, ...prevRange, ...narrow }),
  ]);

  let rows: DashboardRow[] = [];
  if (q.windowId || q.tellerId) rows = [];
  else if (unit.kind !== "counter") {
    rows = current.children.map((c) => ({
      kind: c.kind,
      orgUnitId: c.id,
      windowId: null,
      tellerId: null,
      name: c.name,
      windowNumber: null,
      rank: null,
      kpis: kpiRecord(current.byChild.get(c.id)!),
    }));
  } else {
    const windows = await windowRepository.list(ex, unit.id);
    const tellerNames = new Map((await reportingReadRepository.userNames(ex, [...current.byTeller.keys()])).map((u) => [u.id, u.display_name]));
    rows = [
      ...windows
        .filter((w) => current.byWindow.has(w.id))
        .map((w) => ({ kind: "window" as const, orgUnitId: unit.id, windowId: w.id, tellerId: null, name: w.name ?? String(w.number), windowNumber: w.number, rank: null, kpis: kpiRecord(current.byWindow.get(w.id)!) })),
      ...[...current.byTeller].map(([id, f]) => ({ kind: "teller" as const, orgUnitId: unit.id, windowId: null, tellerId: id, name: tellerNames.get(id) ?? "—", windowNumber: null, rank: null, kpis: kpiRecord(f) })),
    ];
  }
  const breadcrumb = await breadcrumbOf(ctx, p, unit);
  if (subject.kind === "window" || subject.kind === "teller") breadcrumb.push(subject);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    subject,
    breadcrumb,
    from: q.from,
    to: q.to,
    previousFrom: prevRange.from,
    previousTo: prevRange.to,
    kpis: kpiFigures(current.total, previous.total),
    byHour: current.total.hours
      .map((h, hour) => ({
        hour,
        issued: h.issued,
        avgWaitMinutes: h.called ? round1(h.waitSecondsSum / h.called / 60) : null,
        avgServiceMinutes: h.served ? round1(h.serviceSecondsSum / h.served / 60) : null,
      }))
      .filter((h) => h.issued > 0 || h.avgWaitMinutes !== null),
    complaintsByCause: [...current.complaintsByCause].map(([cause, count]) => ({ cause, count })).sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause)),
    rankBy,
    rows: [...rankRows(rows.filter((r) => r.kind !== "teller"), rankBy), ...rankRows(rows.filter((r) => r.kind === "teller"), rankBy)],
  };
}
