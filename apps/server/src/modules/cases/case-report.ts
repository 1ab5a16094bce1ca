/**
 * Case report per unit (issue 4 screens; I-04): received, on-time % of the reply limit, overdue now,
 * by channel, kind and cause, and per receiving unit. Heavy: the route runs it in a heavy-work slot
 * (a few at a time per user and per server) and it yields to the event loop between chunks.
 */
import { type ComputedDeadline, addDays, isCaseFinished, isInSubtree, type CaseState, zonedInstant } from "@ccms/core";
import { type CaseRow, caseRepository, orgUnitRepository } from "@ccms/db";
import type { CaseReport } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, unitInScope } from "../../http/principal.js";
import { yieldToLoop } from "../control/data-export.js";
import { deadlinesOf } from "./case-deadlines.js";
import { need } from "./case-scope.js";
import { UnitContextCache } from "./unit-context.js";

async function withDeadlines(ctx: AppContext, rows: CaseRow[]): Promise<Array<{ row: CaseRow; deadlines: ComputedDeadline[]; unitName: string }>> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const events = await caseRepository.listEventsFor(ex, rows.map((r) => r.id));
  const byCase = new Map<string, typeof events>();
  for (const e of events) {
    const list = byCase.get(e.case_id) ?? [];
    list.push(e);
    byCase.set(e.case_id, list);
  }
  const units = new UnitContextCache(ex);
  const out = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const u = await units.get(row.org_unit_id);
    out.push({ row, deadlines: deadlinesOf(row, byCase.get(row.id) ?? [], u, now, false), unitName: u.unit.name });
    // issue 9 item 4: deadline arithmetic is CPU work; yield so other users' requests are served meanwhile
    if (i % 200 === 199) await yieldToLoop();
  }
  return out;
}

export async function caseReport(ctx: AppContext, p: UserPrincipal, q: { orgUnitId?: string | undefined; from: string; to: string }): Promise<CaseReport> {
  need(p, "case.report");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const rows = await caseRepository.listAll(ex, {
    scopePath: p.scopePath,
    unitPath: unit.path,
    receivedFrom: zonedInstant(q.from, "00:00", unit.timeZone).toISOString(),
    receivedTo: zonedInstant(addDays(q.to, 1), "00:00", unit.timeZone).toISOString(),
  });
  const list = await withDeadlines(ctx, rows);
  const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  const byChannel: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const byCause: Record<string, number> = {};
  const perUnit = new Map<string, { received: number; onTime: number; late: number; overdue: number }>();
  let onTime = 0;
  let late = 0;
  let overdue = 0;
  let closed = 0;
  for (const { row, deadlines } of list) {
    count(byChannel, row.channel);
    count(byKind, row.kind);
    count(byCause, row.cause ?? "unspecified");
    const reply = deadlines.find((d) => d.metric === "reply");
    const isOnTime = reply?.status === "met";
    const isLate = reply?.status === "metLate" || reply?.status === "breached";
    const isOverdue = deadlines.some((d) => d.status === "breached");
    if (isOnTime) onTime++;
    if (isLate) late++;
    if (isOverdue) overdue++;
    if (isCaseFinished(row.state as CaseState)) closed++;
    // per receiving unit directly below (or equal to) the report unit
    const key = isInSubtree(row.origin_path, unit.path) ? row.origin_unit_id : row.org_unit_id;
    const x = perUnit.get(key) ?? { received: 0, onTime: 0, late: 0, overdue: 0 };
    x.received++;
    if (isOnTime) x.onTime++;
    if (isLate) x.late++;
    if (isOverdue) x.overdue++;
    perUnit.set(key, x);
  }
  const pct = (a: number, b: number) => (a + b === 0 ? null : Math.round((a / (a + b)) * 1000) / 10);
  const names = new Map((await orgUnitRepository.findByIds(ex, [...perUnit.keys()])).map((u) => [u.id, u.name]));
  return {
    orgUnitId: unit.id,
    from: q.from,
    to: q.to,
    received: list.length,
    closed,
    open: list.length - closed,
    onTime,
    late,
    onTimePercent: pct(onTime, late),
    overdue,
    byChannel,
    byKind,
    byCause,
    byUnit: [...perUnit.entries()].map(([orgUnitId, x]) => ({ orgUnitId, name: names.get(orgUnitId) ?? "", received: x.received, onTimePercent: pct(x.onTime, x.late), overdue: x.overdue })),
  };
}

// The case export (CSV / xlsx) is in cases.exports.ts (K-09: audited, formula-neutralised, capped, streamed).
