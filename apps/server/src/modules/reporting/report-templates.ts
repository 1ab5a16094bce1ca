/**
 * The seed's named periodic reports (I-04, I-02; seed 001 十, 003-2 Art.28): the templates (data in
 * core: periods, levels, sections) a unit may write a period's report after, and each one's title in
 * the users' words (exports and the printed report).
 */
import { type ReportPeriodKind, type ReportTemplate, type ReportTemplateCode, reportTemplateOf, templatesFor } from "@ccms/core";
import type { OrgUnit } from "@ccms/db";

export const TEMPLATE_TITLES: Record<ReportTemplateCode, string> = {
  dailyOperations: "柜面运营日报",
  weeklySummaryPlan: "周工作总结及计划（含异常分析）",
  monthlySummaryPlan: "月度工作总结及下月计划",
  quarterlyInformationToHq: "省分公司季度信息报告",
  quarterlyAnalysis: "季度运营分析报告",
  yearlyComplaintMechanism: "年度工作报告（含投诉处理机制年度报告）",
};

/**
 * The template of a unit's report: the one asked for when it serves the period, else the one the
 * report was submitted after, else the period's default for the unit's level.
 */
export function chooseTemplate(period: ReportPeriodKind, unit: Pick<OrgUnit, "kind">, asked?: string | null, submitted?: string | null): { template: ReportTemplate; choices: ReportTemplate[] } {
  const choices = templatesFor(period, unit.kind);
  const pick = (code?: string | null) => (code ? choices.find((t) => t.code === code) : undefined);
  const template = pick(asked) ?? pick(submitted) ?? choices[0] ?? reportTemplateOf("dailyOperations")!;
  return { template, choices };
}
