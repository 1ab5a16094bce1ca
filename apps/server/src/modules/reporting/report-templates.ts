/**
 * The seed's named periodic reports (I-04, I-02; seed 001 十, 003-2 Art.28) by period and level:
 * the template code the web names, and the title used in exports (the users' words).
 */
import type { ReportPeriodKind } from "@ccms/core";
import type { OrgUnit } from "@ccms/db";

export interface ReportTemplate {
  code: string;
  title: string;
}

export function reportTemplate(period: ReportPeriodKind, unit: Pick<OrgUnit, "kind">): ReportTemplate {
  switch (period) {
    case "daily":
      return { code: "dailyOperations", title: "柜面运营日报" };
    case "weekly":
      return { code: "weeklySummaryPlan", title: "周工作总结及计划（含异常分析）" };
    case "monthly":
      return { code: "monthlySummaryPlan", title: "月度工作总结及下月计划" };
    case "quarterly":
      // seed 001 十: the province reports key information to HQ quarterly
      return unit.kind === "province" ? { code: "quarterlyInformationToHq", title: "省分公司季度信息报告" } : { code: "quarterlyAnalysis", title: "季度运营分析报告" };
    case "yearly":
      // 003-2 Art.28: a year-end report on the complaint mechanism goes to the upper level
      return { code: "yearlyComplaintMechanism", title: "年度工作报告（含投诉处理机制年度报告）" };
  }
}
