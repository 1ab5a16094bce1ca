/** M-01 / K-09 the register with customers' names and phones for the sales department: the one audited export path. */
import type { LeadsExportQuery } from "@ccms/contracts";
import { validateMarketingPeriod } from "@ccms/core";
import { type MarketingLeadTable, marketingRepository } from "@ccms/db";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission } from "../../http/principal.js";
import { type ExportColumn, runExport } from "../control/data-export.js";
import { counterInScope } from "./marketing-shared.js";

const KIND_WORDS: Record<string, string> = { referral: "转介绍", sale: "成交", prospect: "意向客户" };

const COLUMNS: ReadonlyArray<ExportColumn<MarketingLeadTable>> = [
  { header: "日期", width: 12, value: (l) => l.business_date },
  { header: "类别", width: 10, value: (l) => KIND_WORDS[l.kind] ?? l.kind },
  { header: "客户姓名", width: 12, value: (l) => l.customer_name },
  { header: "联系电话", width: 16, value: (l) => l.customer_phone },
  { header: "需求", width: 30, value: (l) => l.need },
  { header: "产品", width: 16, value: (l) => l.product },
  { header: "金额（元）", width: 12, value: (l) => (Number(l.amount_fen) ? Number(l.amount_fen) / 100 : null) },
  { header: "转介绍柜员", width: 12, value: (l) => l.referred_by_name },
  { header: "驻场人员", width: 12, value: (l) => l.agent_name },
  { header: "登记人", width: 12, value: (l) => l.recorded_by_name },
];

export async function exportLeads(ctx: AppContext, principal: Principal | null, reply: FastifyReply, q: LeadsExportQuery): Promise<FastifyReply> {
  const p = requirePermission(principal, "marketing.export");
  validateMarketingPeriod(q.from, q.to);
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  return runExport(ctx, p, reply, async () => ({
    kind: "marketing-leads",
    title: `${counter.name}现场营销统计表（${q.from}至${q.to}）`,
    sheet: "现场营销统计表",
    columns: COLUMNS,
    rows: await marketingRepository.leads(ex, counter.id, q.from, q.to),
    filter: { counterId: counter.id, from: q.from, to: q.to },
    orgUnitId: counter.id,
    masked: false,
    format: q.format ?? "xlsx",
  }));
}
