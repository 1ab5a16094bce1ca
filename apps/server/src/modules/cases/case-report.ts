/**
 * Case report per unit (issue 4 screens; I-04): received, on-time % of the reply limit, overdue now,
 * by channel, kind and cause, and per receiving unit. Export (CSV / Excel) masks the customer the same
 * way as the API (C-11) and is itself audited (K-09: every export is attributable).
 */
import { type ComputedDeadline, addDays, isCaseFinished, isInSubtree, type CaseState, zonedInstant } from "@ccms/core";
import { type CaseRow, caseRepository, orgUnitRepository } from "@ccms/db";
import type { CaseReport, ListCasesQuery } from "@ccms/contracts";
import ExcelJS from "exceljs";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { UnitContextCache, customerView, deadlinesOf, need } from "./case-support.js";
import { caseFilter } from "./list-cases.js";

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
  for (const row of rows) {
    const u = await units.get(row.org_unit_id);
    out.push({ row, deadlines: deadlinesOf(row, byCase.get(row.id) ?? [], u, now, false), unitName: u.unit.name });
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

const COLUMNS = ["number", "kind", "channel", "state", "unit", "level", "receivedAt", "customer", "phone", "summary", "replyDueAt", "replyStatus", "overdue"] as const;

export async function exportCases(ctx: AppContext, p: UserPrincipal, q: ListCasesQuery & { format?: "csv" | "xlsx" | undefined }): Promise<{ contentType: string; filename: string; body: Buffer | string }> {
  need(p, "case.report");
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const f = await caseFilter(ctx, p, q);
  const rows = await caseRepository.listAll(ex, { ...f, limit: undefined, offset: undefined });
  const list = await withDeadlines(ctx, rows.slice(0, 20000));
  const records = list.map(({ row, deadlines, unitName }) => {
    const c = customerView(row); // C-11 export carries the same masking rule
    const reply = deadlines.find((d) => d.metric === "reply");
    return [row.number, row.kind, row.channel, row.state, unitName, row.level, row.received_at, c.name, c.phone ?? "", row.summary, reply?.dueAt.toISOString() ?? "", reply?.status ?? "", deadlines.some((d) => d.status === "breached") ? "yes" : "no"];
  });
  await ctx.tx(async (tx) =>
    appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "case.exported",
      entityType: "case",
      entityId: null,
      orgUnitId: p.orgUnitId,
      details: { filter: q, count: records.length, masked: true },
    }),
  );
  const stamp = now.toISOString().slice(0, 10);
  if (q.format === "xlsx") {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("cases");
    ws.addRow([...COLUMNS]);
    for (const r of records) ws.addRow(r);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    return { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename: `cases-${stamp}.xlsx`, body: buf };
  }
  const esc = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const csv = [COLUMNS.join(","), ...records.map((r) => r.map((v) => esc(String(v))).join(","))].join("\r\n");
  return { contentType: "text/csv; charset=utf-8", filename: `cases-${stamp}.csv`, body: `\uFEFF${csv}\r\n` };
}
