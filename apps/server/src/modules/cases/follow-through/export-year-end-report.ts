/** C-21 the year-end report as xlsx (or csv) through the one audited export path: one row per figure. */
import type { YearEndReport, YearEndReportExportQuery } from "@ccms/contracts";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../../http/principal.js";
import { type ExportColumn, runExport } from "../../control/data-export.js";
import { buildYearEndReport } from "./year-end-report.js";

interface Line {
  section: string;
  item: string;
  value: number | string;
}

const CATEGORY_WORDS: Record<string, string> = {
  unclearExplanationOrMistake: "解释不清或差错",
  badAttitude: "服务态度",
  notFollowingManual: "未按规程操作",
  operatingErrorFeeDispute: "操作差错/费用争议",
  processFlaw: "流程缺陷",
  technicalLimitOrFailure: "技术限制或故障",
  tooFewStaff: "人员配置不足",
  customerMisunderstanding: "客户误解",
};

const COLUMNS: ReadonlyArray<ExportColumn<Line>> = [
  { header: "类别", width: 16, value: (l) => l.section },
  { header: "项目", width: 30, value: (l) => l.item },
  { header: "数值", width: 14, value: (l) => l.value },
];

const yuan = (fen: number) => (fen / 100).toFixed(2);

function lines(r: YearEndReport): Line[] {
  return [
    { section: "投诉", item: "受理投诉", value: r.complaints },
    { section: "投诉", item: "已办结", value: r.closed },
    { section: "责任认定", item: "认定件数", value: r.rulings },
    { section: "责任认定", item: "有责", value: r.responsible },
    { section: "责任认定", item: "无责", value: r.nonResponsible },
    ...Object.entries(r.byCategory).map(([k, v]) => ({ section: "责任认定", item: `类别：${CATEGORY_WORDS[k] ?? k}`, value: v })),
    { section: "责任认定", item: "申诉", value: r.appealed },
    { section: "责任认定", item: "申诉改判", value: r.overturned },
    { section: "转交责任部门", item: "转交件数", value: r.referrals },
    { section: "转交责任部门", item: "已答复", value: r.referralsReplied },
    { section: "转交责任部门", item: "按期答复", value: r.referralsRepliedOnTime },
    { section: "转交责任部门", item: "未到期", value: r.referralsOpen },
    { section: "转交责任部门", item: "逾期未答复", value: r.referralsOverdue },
    ...r.byDepartment.map((d) => ({ section: "转交责任部门", item: `${d.departmentName}（转交/答复/逾期）`, value: `${d.referrals}/${d.replied}/${d.overdue}` })),
    { section: "违规线索", item: "移交监察保卫部门", value: r.violationLeads },
    { section: "违规线索", item: "已反馈", value: r.violationLeadsReplied },
    { section: "补偿与处罚", item: "客户补偿（笔）", value: r.compensations },
    { section: "补偿与处罚", item: "客户补偿金额（元）", value: yuan(r.compensationFen) },
    { section: "补偿与处罚", item: "处罚（笔）", value: r.penalties },
    { section: "补偿与处罚", item: "处罚金额（元）", value: yuan(r.penaltyFen) },
  ];
}

export async function exportYearEndReport(ctx: AppContext, principal: Principal | null, reply: FastifyReply, q: YearEndReportExportQuery): Promise<FastifyReply> {
  const p = requirePermission(principal, "case.report");
  const unit = await unitInScope(ctx.database.db, p, q.orgUnitId ?? p.orgUnitId);
  return runExport(ctx, p, reply, async () => {
    const report = await buildYearEndReport(ctx, p, { orgUnitId: unit.id, year: q.year });
    return {
      kind: "complaint-year-end-report",
      title: `${unit.name}${q.year}年度投诉处理机制报告`,
      sheet: `${q.year}年度`,
      columns: COLUMNS,
      rows: lines(report),
      filter: { orgUnitId: unit.id, year: q.year },
      orgUnitId: unit.id,
      masked: true,
      format: q.format ?? "xlsx",
    };
  });
}
