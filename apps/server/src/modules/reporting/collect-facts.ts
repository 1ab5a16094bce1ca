/**
 * The facts of a unit over local dates (I-04): raw rows of its subtree read through the reporting
 * queries, turned into additive facts by core, grouped by the unit's children (a province's cities,
 * a city's counters …) or, at a counter, by window and by teller. A window or a teller narrows the
 * queue facts to its own tickets (cases and daily operations belong to the counter).
 */
import { type UnitFacts, addDays, emptyFacts, hasTickets, isInSubtree, sumFacts, zonedInstant } from "@ccms/core";
import { type OrgUnit, orgUnitRepository, reportingReadRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type CounterDayGroup, queueDayGroups } from "./queue-day-groups.js";

export interface FactsRequest {
  unit: OrgUnit;
  from: string;
  to: string;
  windowId?: string | undefined;
  tellerId?: string | undefined;
}

export interface CollectedFacts {
  total: UnitFacts;
  /** Children units (not at a counter), windows and tellers (at a counter): key → facts. */
  byChild: Map<string, UnitFacts>;
  byWindow: Map<string, UnitFacts>;
  byTeller: Map<string, UnitFacts>;
  children: OrgUnit[];
  complaintsByCause: Map<string, number>;
}

function group<T>(rows: readonly T[], key: (r: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = m.get(k) ?? [];
    list.push(r);
    m.set(k, list);
  }
  return m;
}

/** C-06 the reply deadline's cached status: met on time, or late (met late or breached). */
function replyStatus(deadlinesJson: string): "onTime" | "late" | null {
  try {
    const list = JSON.parse(deadlinesJson) as Array<{ metric: string; status: string }>;
    const reply = list.find((d) => d.metric === "reply");
    if (reply?.status === "met") return "onTime";
    if (reply?.status === "metLate" || reply?.status === "breached") return "late";
  } catch {
    return null;
  }
  return null;
}

export async function collectFacts(ctx: AppContext, q: FactsRequest): Promise<CollectedFacts> {
  const ex = ctx.database.db;
  const { unit } = q;
  const subtree = await orgUnitRepository.listSubtree(ex, unit.path);
  const counters = subtree.filter((u) => u.kind === "counter");
  const counterIds = counters.map((c) => c.id);
  const children = unit.kind === "counter" ? [] : subtree.filter((u) => u.parentId === unit.id);
  const childOfPath = (path: string): string | null => children.find((c) => isInSubtree(path, c.path))?.id ?? null;
  const counterById = new Map(counters.map((c) => [c.id, c]));
  const pathById = new Map(subtree.map((u) => [u.id, u.path]));
  const dates = { from: q.from, to: q.to };
  const instants = { from: zonedInstant(q.from, "00:00", unit.timeZone).toISOString(), to: zonedInstant(addDays(q.to, 1), "00:00", unit.timeZone).toISOString() };

  const [allGroups, cases, callbacks, inspections, closes, faults, findings] = await Promise.all([
    queueDayGroups(ctx, counters, dates),
    reportingReadRepository.cases(ex, unit.path, instants),
    reportingReadRepository.unitCallbacks(ex, unit.path, instants),
    reportingReadRepository.submittedInspections(ex, counterIds, dates),
    reportingReadRepository.dailyCloses(ex, counterIds, dates),
    reportingReadRepository.equipmentFaults(ex, counterIds, instants),
    reportingReadRepository.findings(ex, unit.path, instants),
  ]);
  const tickets = allGroups.filter((g) => (!q.windowId || g.windowId === q.windowId) && (!q.tellerId || g.servedBy === q.tellerId));
  const narrowed = Boolean(q.windowId || q.tellerId);

  /** Queue facts of some counter-day groups (each computed with its counter's limits and time zone). */
  const queueFacts = (rows: readonly CounterDayGroup[]): UnitFacts =>
    sumFacts(
      [...group(rows, (g) => g.counterId)].map(([counterId, list]) => {
        const f = sumFacts(list.map((g) => g.facts));
        // D-06 a service day is a counter's business date with tickets; a close counts on such a day.
        const days = new Set(list.filter((g) => hasTickets(g.facts)).map((g) => g.date));
        f.serviceDays = days.size;
        if (!narrowed) f.dailyCloses = closes.filter((c) => c.counter_id === counterId && days.has(c.business_date)).length;
        return f;
      }),
    );

  /** Facts other than the queue's, of the units whose path the filter keeps. */
  const otherFacts = (keep: (path: string, unitId: string) => boolean): UnitFacts => {
    const f = emptyFacts();
    const pathOf = (id: string) => pathById.get(id) ?? "";
    for (const c of cases) {
      const path = isInSubtree(c.origin_path, unit.path) ? c.origin_path : c.org_path;
      if (!keep(path, "")) continue;
      f.casesReceived++;
      if (c.kind === "complaint") f.complaintsReceived++;
      const r = replyStatus(c.deadlines);
      if (r === "onTime") f.repliesOnTime++;
      if (r === "late") f.repliesLate++;
    }
    for (const cb of callbacks) {
      if (!keep(pathOf(cb.org_unit_id), cb.org_unit_id)) continue;
      f.callbacksDue++;
      if (cb.status !== "pending") f.callbacksDone++;
    }
    for (const i of inspections) {
      if (!keep(pathOf(i.counter_id), i.counter_id)) continue;
      f.inspectionNonConformities += i.failed_count;
      if (i.score !== null) {
        f.inspections++;
        f.inspectionScoreSum += i.score;
      }
    }
    for (const x of faults) if (keep(pathOf(x.unit_id), x.unit_id)) f.equipmentFaults++;
    for (const x of findings) if (keep(pathOf(x.unit_id), x.unit_id)) f.findingsRaised++;
    return f;
  };

  const total = narrowed ? queueFacts(tickets) : sumFacts([queueFacts(tickets), otherFacts(() => true)]);
  const byChild = new Map<string, UnitFacts>();
  for (const child of children) {
    const mine = tickets.filter((g) => isInSubtree(counterById.get(g.counterId)?.path ?? "", child.path));
    byChild.set(child.id, sumFacts([queueFacts(mine), otherFacts((path) => childOfPath(path) === child.id)]));
  }
  const byWindow = new Map<string, UnitFacts>();
  const byTeller = new Map<string, UnitFacts>();
  if (unit.kind === "counter") {
    for (const [id, list] of group(tickets, (g) => g.windowId)) byWindow.set(id, queueFacts(list));
    for (const [id, list] of group(tickets, (g) => g.servedBy)) byTeller.set(id, queueFacts(list));
  }
  const complaintsByCause = new Map<string, number>();
  if (!narrowed) {
    for (const c of cases) if (c.kind === "complaint") complaintsByCause.set(c.cause ?? "unspecified", (complaintsByCause.get(c.cause ?? "unspecified") ?? 0) + 1);
  }
  return { total, byChild, byWindow, byTeller, children, complaintsByCause };
}
