/**
 * The seed's named periodic reports as templates (I-04, I-02; seed 001 十, seed 002 weekly/monthly
 * summaries, 003-2 Art.28): which periods and levels each serves, and its sections in order — the
 * periodic report's figures (a chosen set of catalogue indicators), its anomaly analysis, the units
 * below, complaints by cause, and the free-text sections the manager fills before submitting.
 * Data only: titles and section names are the web's and the export's words, keyed by these codes.
 */
import type { OrgKind } from "../org/org-tree.js";
import type { KpiId } from "./kpi-catalogue.js";
import type { ReportPeriodKind } from "./report-period.js";

export type ReportTemplateCode =
  | "dailyOperations"
  | "weeklySummaryPlan"
  | "monthlySummaryPlan"
  | "quarterlyAnalysis"
  | "quarterlyInformationToHq"
  | "yearlyComplaintMechanism";

/** Free-text sections a manager writes; `summary` and `plan` are the submission's own two. */
export type ReportTextKey = "summary" | "plan" | "anomalyAnalysis" | "keyInformation" | "suggestions" | "mechanismOperation" | "improvements";
export const REPORT_TEXT_KEYS: readonly ReportTextKey[] = ["summary", "plan", "anomalyAnalysis", "keyInformation", "suggestions", "mechanismOperation", "improvements"];

export type ReportTemplateSection =
  | { kind: "kpis"; kpis: readonly KpiId[] | "all" }
  | { kind: "anomalies" }
  | { kind: "units" }
  | { kind: "complaintsByCause" }
  | { kind: "text"; key: ReportTextKey; required: boolean };

export interface ReportTemplate {
  code: ReportTemplateCode;
  periods: readonly ReportPeriodKind[];
  /** Levels that write it; null = every level that reports upwards. */
  unitKinds: readonly OrgKind[] | null;
  /** Where the seed asks for it. */
  source: string;
  sections: readonly ReportTemplateSection[];
}

const QUEUE_AND_SERVICE: readonly KpiId[] = ["ticketsIssued", "ticketsServed", "avgWaitMinutes", "peakHourWaitMinutes", "waitWithinTargetRate", "avgServiceMinutes", "serviceWithinLimitRate", "satisfactionRate", "noShowRate"];
const COMPLAINTS: readonly KpiId[] = ["complaintsReceived", "onTimeReplyRate", "callbackRate", "satisfactionRate"];

export const REPORT_TEMPLATES: readonly ReportTemplate[] = [
  {
    code: "dailyOperations",
    periods: ["daily"],
    unitKinds: null,
    source: "I-04",
    sections: [{ kind: "kpis", kpis: "all" }, { kind: "anomalies" }, { kind: "units" }, { kind: "text", key: "summary", required: true }],
  },
  {
    // seed 002: 每周上报本周工作总结与下周工作计划，对异常数据有分析说明
    code: "weeklySummaryPlan",
    periods: ["weekly"],
    unitKinds: null,
    source: "seed 001 十; seed 002 周工作总结与计划",
    sections: [
      { kind: "kpis", kpis: [...QUEUE_AND_SERVICE, "complaintsReceived", "dailyCloseRate", "equipmentFaults"] },
      { kind: "anomalies" },
      { kind: "text", key: "anomalyAnalysis", required: true },
      { kind: "units" },
      { kind: "text", key: "summary", required: true },
      { kind: "text", key: "plan", required: true },
    ],
  },
  {
    // seed 002: 月工作总结的真实性与下月工作计划的可操作性
    code: "monthlySummaryPlan",
    periods: ["monthly"],
    unitKinds: null,
    source: "seed 002 月工作总结与下月工作计划",
    sections: [
      { kind: "kpis", kpis: "all" },
      { kind: "anomalies" },
      { kind: "units" },
      { kind: "complaintsByCause" },
      { kind: "text", key: "summary", required: true },
      { kind: "text", key: "plan", required: true },
    ],
  },
  {
    code: "quarterlyAnalysis",
    periods: ["quarterly"],
    unitKinds: ["counter", "city"],
    source: "I-04",
    sections: [{ kind: "kpis", kpis: "all" }, { kind: "anomalies" }, { kind: "units" }, { kind: "complaintsByCause" }, { kind: "text", key: "summary", required: true }, { kind: "text", key: "plan", required: false }],
  },
  {
    // seed 001 十: 省分公司每季度向总公司报送重点信息
    code: "quarterlyInformationToHq",
    periods: ["quarterly"],
    unitKinds: ["province"],
    source: "seed 001 十 信息管理",
    sections: [
      { kind: "kpis", kpis: [...QUEUE_AND_SERVICE, ...COMPLAINTS.slice(0, 3), "inspectionAvgScore", "findingsRaised"] },
      { kind: "complaintsByCause" },
      { kind: "units" },
      { kind: "text", key: "keyInformation", required: true },
      { kind: "text", key: "summary", required: true },
      { kind: "text", key: "suggestions", required: false },
    ],
  },
  {
    // 003-2 Art.28: 投诉处理机制年度报告
    code: "yearlyComplaintMechanism",
    periods: ["yearly"],
    unitKinds: null,
    source: "seed 003-2 第二十八条",
    sections: [
      { kind: "kpis", kpis: COMPLAINTS },
      { kind: "complaintsByCause" },
      { kind: "units" },
      { kind: "text", key: "mechanismOperation", required: true },
      { kind: "text", key: "improvements", required: true },
      { kind: "text", key: "summary", required: true },
      { kind: "text", key: "plan", required: false },
    ],
  },
];

/** The templates a unit of `kind` may use for a period, the default first. */
export function templatesFor(period: ReportPeriodKind, kind: OrgKind): ReportTemplate[] {
  const ofPeriod = REPORT_TEMPLATES.filter((t) => t.periods.includes(period));
  const fits = (t: ReportTemplate) => t.unitKinds === null || t.unitKinds.includes(kind);
  return [...ofPeriod.filter(fits), ...ofPeriod.filter((t) => !fits(t))];
}

export function reportTemplateOf(code: string): ReportTemplate | undefined {
  return REPORT_TEMPLATES.find((t) => t.code === code);
}

/** Required free-text sections of a template left empty in `texts` (submission refused while any). */
export function missingReportTexts(template: ReportTemplate, texts: Partial<Record<ReportTextKey, string | null | undefined>>): ReportTextKey[] {
  return template.sections.flatMap((s) => (s.kind === "text" && s.required && !texts[s.key]?.trim() ? [s.key] : []));
}
