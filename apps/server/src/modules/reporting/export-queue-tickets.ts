/**
 * Queue statistics exportable (issue 16 item 3; I-04): every ticket of a unit's counters over local
 * dates — counter, date, number, business type, times in the counter's time, wait and handling
 * minutes, window, teller, rating — through the one audited export path (data-export.ts). The same
 * definitions as the dashboards (wait from the original issue; handling from start to finish).
 */
import { localDateOf, localTimeOf } from "@ccms/core";
import { type ReportTicketRow, orgUnitRepository, reportingReadRepository } from "@ccms/db";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";
import { type ExportColumn, runExport } from "../control/data-export.js";
import { assertReportRange } from "./view-dashboard.js";

const STATUS_WORDS: Record<string, string> = { waiting: "等候中", called: "已叫号", serving: "办理中", finished: "已办结", noShow: "过号", transferred: "已转移", cancelled: "已取消" };
const PRIORITY_WORDS: Record<string, string> = { normal: "普通", vip: "VIP", green: "绿色通道", appointment: "预约" };

interface Line {
  t: ReportTicketRow;
  counter: string;
  tz: string;
  businessType: string;
  teller: string;
}

const minutes = (a: string | null, b: string | null) => (a && b ? Math.round(((Date.parse(b) - Date.parse(a)) / 60_000) * 10) / 10 : null);
const at = (iso: string | null, tz: string) => (iso ? `${localDateOf(new Date(iso), tz)} ${localTimeOf(new Date(iso), tz)}` : "");

const COLUMNS: ReadonlyArray<ExportColumn<Line>> = [
  { header: "网点", width: 20, value: (l) => l.counter },
  { header: "营业日", width: 12, value: (l) => l.t.business_date },
  { header: "号码", width: 8, value: (l) => l.t.number },
  { header: "业务类型", width: 14, value: (l) => l.businessType },
  { header: "客户类别", width: 10, value: (l) => PRIORITY_WORDS[l.t.priority] ?? l.t.priority },
  { header: "状态", width: 8, value: (l) => STATUS_WORDS[l.t.status] ?? l.t.status },
  { header: "取号时间", width: 17, value: (l) => at(l.t.original_issued_at, l.tz) },
  { header: "叫号时间", width: 17, value: (l) => at(l.t.called_at, l.tz) },
  { header: "办结时间", width: 17, value: (l) => at(l.t.finished_at, l.tz) },
  { header: "等候（分钟）", width: 10, value: (l) => minutes(l.t.original_issued_at, l.t.called_at) },
  { header: "办理（分钟）", width: 10, value: (l) => (l.t.status === "finished" ? minutes(l.t.started_at, l.t.finished_at) : null) },
  { header: "窗口", width: 6, value: (l) => l.t.window_number },
  { header: "柜员", width: 12, value: (l) => l.teller },
  { header: "评价", width: 6, value: (l) => l.t.rating_score },
  { header: "转移而来", width: 8, value: (l) => Boolean(l.t.transferred_from_id) },
];

export async function exportQueueTickets(
  ctx: AppContext,
  principal: Principal | null,
  reply: FastifyReply,
  q: { orgUnitId?: string | undefined; from: string; to: string; format?: "xlsx" | "csv" | undefined },
): Promise<FastifyReply> {
  const p = requirePermission(principal, "reporting.read");
  assertReportRange(q.from, q.to);
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  return runExport(ctx, p, reply, async () => {
    const counters = (await orgUnitRepository.listSubtree(ex, unit.path)).filter((u) => u.kind === "counter");
    const ids = counters.map((c) => c.id);
    const tickets = await reportingReadRepository.tickets(ex, ids, { from: q.from, to: q.to });
    const [types, tellers] = await Promise.all([
      reportingReadRepository.businessTypeNames(ex, ids),
      reportingReadRepository.userNames(ex, [...new Set(tickets.map((t) => t.served_by).filter((x): x is string => Boolean(x)))]),
    ]);
    const counterOf = new Map(counters.map((c) => [c.id, c]));
    const typeName = new Map(types.map((t) => [`${t.counter_id}:${t.code}`, t.name_zh]));
    const tellerName = new Map(tellers.map((u) => [u.id, u.display_name]));
    const rows: Line[] = tickets.map((t) => ({
      t,
      counter: counterOf.get(t.counter_id)?.name ?? "—",
      tz: counterOf.get(t.counter_id)?.timeZone ?? unit.timeZone,
      businessType: typeName.get(`${t.counter_id}:${t.business_type}`) ?? t.business_type,
      teller: t.served_by ? (tellerName.get(t.served_by) ?? "—") : "",
    }));
    return {
      kind: "queue-tickets",
      title: `${unit.name}排队叫号明细（${q.from}至${q.to}）`,
      sheet: "排队叫号明细",
      columns: COLUMNS,
      rows,
      filter: { orgUnitId: unit.id, from: q.from, to: q.to },
      orgUnitId: unit.id,
      masked: true,
      format: q.format ?? "xlsx",
    };
  });
}
