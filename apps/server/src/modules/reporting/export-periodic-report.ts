/**
 * I-04 a periodic report as a spreadsheet (xlsx, or csv) through the one audited export path
 * (control/data-export.ts: attributable, row-capped, throttled): one row per unit and indicator —
 * the unit itself first, then the units below — with this period, the previous one, the target and
 * whether it was met, so every figure can be checked against the raw data.
 */
import type { KpiFigure, PeriodicReport, ReportPeriodKind } from "@ccms/contracts";
import { KPI_CATALOGUE } from "@ccms/core";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";
import { type ExportColumn, runExport } from "../control/data-export.js";
import { buildPeriodicReport } from "./view-periodic-report.js";

interface Line {
  unit: string;
  kpi: (typeof KPI_CATALOGUE)[number];
  value: number | null;
  previous: number | null;
  status: KpiFigure["status"] | null;
}

const STATUS_WORDS: Record<KpiFigure["status"], string> = { met: "达标", missed: "未达标", noTarget: "", noData: "无数据" };
const UNIT_WORDS: Record<string, string> = { minutes: "分钟", percent: "%", count: "", score: "分" };

const COLUMNS: ReadonlyArray<ExportColumn<Line>> = [
  { header: "单位", width: 22, value: (l) => l.unit },
  { header: "指标", width: 22, value: (l) => l.kpi.nameZh },
  { header: "本期", width: 12, value: (l) => l.value },
  { header: "上期", width: 12, value: (l) => l.previous },
  { header: "单位（计量）", width: 10, value: (l) => UNIT_WORDS[l.kpi.unit] },
  { header: "目标", width: 10, value: (l) => l.kpi.target },
  { header: "达标情况", width: 10, value: (l) => (l.status ? STATUS_WORDS[l.status] : "") },
  { header: "计算方法", width: 40, value: (l) => l.kpi.formula },
];

function lines(r: PeriodicReport): Line[] {
  const own = r.kpis.map((k) => ({ unit: r.unitName, kpi: KPI_CATALOGUE.find((d) => d.id === k.id)!, value: k.value, previous: k.previous, status: k.status }));
  const below = r.units.flatMap((u) => KPI_CATALOGUE.map((kpi) => ({ unit: u.name, kpi, value: u.kpis[kpi.id] ?? null, previous: null, status: null })));
  return [...own, ...below];
}

export async function exportPeriodicReport(
  ctx: AppContext,
  principal: Principal | null,
  reply: FastifyReply,
  q: { orgUnitId?: string | undefined; period: ReportPeriodKind; date: string; format?: "xlsx" | "csv" | undefined },
): Promise<FastifyReply> {
  const p = requirePermission(principal, "reporting.read");
  const unit = await unitInScope(ctx.database.db, p, q.orgUnitId ?? p.orgUnitId);
  return runExport(ctx, p, reply, async () => {
    const report = await buildPeriodicReport(ctx, unit, q.period, q.date);
    return {
      kind: "periodic-report",
      title: `${unit.name}${report.title}（${report.from}至${report.to}）`,
      sheet: report.title,
      columns: COLUMNS,
      rows: lines(report),
      filter: { orgUnitId: unit.id, period: q.period, date: q.date },
      orgUnitId: unit.id,
      masked: true,
      format: q.format ?? "xlsx",
    };
  });
}
