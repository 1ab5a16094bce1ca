/** Reporting (I-04; issue 16): KPI catalogue, dashboards with drill-down, periodic reports. */
import { z } from "zod";
import { Id, LocalDate } from "./common.js";

export const KpiId = z.enum([
  "avgWaitMinutes",
  "peakHourWaitMinutes",
  "waitWithinTargetRate",
  "avgServiceMinutes",
  "serviceWithinLimitRate",
  "satisfactionRate",
  "ticketsIssued",
  "ticketsServed",
  "noShowRate",
  "complaintsReceived",
  "onTimeReplyRate",
  "callbackRate",
  "inspectionAvgScore",
  "inspectionNonConformities",
  "dailyCloseRate",
  "equipmentFaults",
  "findingsRaised",
]);
export type KpiId = z.infer<typeof KpiId>;
export const KpiUnit = z.enum(["minutes", "percent", "count", "score"]);
export const KpiDirection = z.enum(["lower", "higher", "neutral"]);

/** GET /api/v1/reporting/kpis — the catalogue. */
export const KpiDefinitionView = z.object({
  id: KpiId,
  nameZh: z.string(),
  nameEn: z.string(),
  formula: z.string(),
  unit: KpiUnit,
  direction: KpiDirection,
  target: z.number().nullable(),
  ruleId: z.string(),
});
export const KpiCatalogueResponse = z.object({ items: z.array(KpiDefinitionView) });
export type KpiCatalogueResponse = z.infer<typeof KpiCatalogueResponse>;

export const KpiFigure = KpiDefinitionView.omit({ formula: true }).extend({
  value: z.number().nullable(),
  previous: z.number().nullable(),
  status: z.enum(["met", "missed", "noTarget", "noData"]),
  trend: z.enum(["better", "worse", "same", "noComparison"]),
});
export type KpiFigure = z.infer<typeof KpiFigure>;

export const DashboardSubjectKind = z.enum(["hq", "province", "city", "counter", "window", "teller"]);

/**
 * GET /api/v1/reporting/dashboard?orgUnitId&from&to[&windowId|&tellerId][&rankBy]
 * At a counter, windowId or tellerId narrows the figures to one window or one teller.
 */
export const DashboardQuery = z
  .strictObject({
    orgUnitId: Id.optional(),
    from: LocalDate,
    to: LocalDate,
    windowId: Id.optional(),
    tellerId: Id.optional(),
    rankBy: KpiId.optional(),
  })
  .refine((q) => !(q.windowId && q.tellerId), { message: "windowId and tellerId are exclusive" });

export const DashboardRow = z.object({
  kind: DashboardSubjectKind,
  /** Drill-down target: the unit (and window or teller) to open next. */
  orgUnitId: Id,
  windowId: Id.nullable(),
  tellerId: Id.nullable(),
  name: z.string(),
  windowNumber: z.number().int().nullable(),
  rank: z.number().nullable(),
  kpis: z.record(KpiId, z.number().nullable()),
});
export type DashboardRow = z.infer<typeof DashboardRow>;

export const Dashboard = z.object({
  subject: z.object({ kind: DashboardSubjectKind, orgUnitId: Id, windowId: Id.nullable(), tellerId: Id.nullable(), name: z.string() }),
  /** From the caller's own unit down to the subject. */
  breadcrumb: z.array(z.object({ kind: DashboardSubjectKind, orgUnitId: Id, windowId: Id.nullable(), tellerId: Id.nullable(), name: z.string() })),
  from: LocalDate,
  to: LocalDate,
  previousFrom: LocalDate,
  previousTo: LocalDate,
  kpis: z.array(KpiFigure),
  byHour: z.array(z.object({ hour: z.number().int(), issued: z.number(), avgWaitMinutes: z.number().nullable(), avgServiceMinutes: z.number().nullable() })),
  complaintsByCause: z.array(z.object({ cause: z.string(), count: z.number() })),
  rankBy: KpiId,
  rows: z.array(DashboardRow),
});
export type Dashboard = z.infer<typeof Dashboard>;

// ---------------------------------------------------------------- periodic reports
export const ReportPeriodKind = z.enum(["daily", "weekly", "monthly", "quarterly", "yearly"]);
export type ReportPeriodKind = z.infer<typeof ReportPeriodKind>;
export const ReportStatus = z.enum(["notDue", "due", "overdue", "submitted", "late", "returned"]);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** The seed's named reports (I-04; seed 001 十, 003-2 Art.28) a periodic report is written after. */
export const ReportTemplateCode = z.enum(["dailyOperations", "weeklySummaryPlan", "monthlySummaryPlan", "quarterlyAnalysis", "quarterlyInformationToHq", "yearlyComplaintMechanism"]);
export type ReportTemplateCode = z.infer<typeof ReportTemplateCode>;
/** Free-text sections a manager fills before submitting. */
export const ReportTextKey = z.enum(["summary", "plan", "anomalyAnalysis", "keyInformation", "suggestions", "mechanismOperation", "improvements"]);
export type ReportTextKey = z.infer<typeof ReportTextKey>;
export const ReportTemplateSection = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("kpis"), kpis: z.union([z.array(KpiId), z.literal("all")]) }),
  z.object({ kind: z.literal("anomalies") }),
  z.object({ kind: z.literal("units") }),
  z.object({ kind: z.literal("complaintsByCause") }),
  z.object({ kind: z.literal("text"), key: ReportTextKey, required: z.boolean() }),
]);

/** GET /api/v1/reporting/reports?orgUnitId&period&date[&template] */
export const PeriodicReportQuery = z.strictObject({ orgUnitId: Id.optional(), period: ReportPeriodKind, date: LocalDate, template: ReportTemplateCode.optional() });
/** GET /api/v1/reporting/reports/pdf?orgUnitId&period&date[&template] — the report as a printable PDF (audited export). */
export const PeriodicReportPdfQuery = PeriodicReportQuery;
/** GET /api/v1/reporting/reports/export?…&format=xlsx|csv */
export const PeriodicReportExportQuery = z.strictObject({ orgUnitId: Id.optional(), period: ReportPeriodKind, date: LocalDate, format: z.enum(["xlsx", "csv"]).optional() });

export const PeriodicReport = z.object({
  orgUnitId: Id,
  unitName: z.string(),
  /** The unit the report goes to (the level above); null at HQ. */
  submitToUnitId: Id.nullable(),
  submitToUnitName: z.string().nullable(),
  period: ReportPeriodKind,
  /** The seed's named report this period follows (周工作总结及计划, 月度总结及下月计划 …). */
  template: ReportTemplateCode,
  /** The templates the unit may choose for this period, the default first. */
  templates: z.array(ReportTemplateCode),
  /** The template's sections in order (figures, anomalies, units, causes, free texts). */
  sections: z.array(ReportTemplateSection),
  /** The free-text sections as submitted (summary and plan included). */
  texts: z.partialRecord(ReportTextKey, z.string()),
  title: z.string(),
  from: LocalDate,
  to: LocalDate,
  previousFrom: LocalDate,
  previousTo: LocalDate,
  dueDate: LocalDate,
  status: ReportStatus,
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  returnedReason: z.string().nullable(),
  summary: z.string().nullable(),
  plan: z.string().nullable(),
  kpis: z.array(KpiFigure),
  /** Indicators that missed their target or got worse than the previous period (anomaly analysis). */
  anomalies: z.array(z.object({ kpi: KpiId, value: z.number().nullable(), target: z.number().nullable(), previous: z.number().nullable(), reason: z.enum(["missedTarget", "worse"]) })),
  units: z.array(DashboardRow),
  complaintsByCause: z.array(z.object({ cause: z.string(), count: z.number() })),
});
export type PeriodicReport = z.infer<typeof PeriodicReport>;

/** POST /api/v1/reporting/reports/submit — the unit submits its report to the level above. */
export const SubmitReportRequest = z.strictObject({
  orgUnitId: Id,
  period: ReportPeriodKind,
  date: LocalDate,
  summary: z.string().trim().min(1).max(4000),
  plan: z.string().trim().max(4000).optional(),
  /** The template written after; its required free-text sections must then be filled. */
  template: ReportTemplateCode.optional(),
  /** The template's other free-text sections (summary and plan above). */
  texts: z.partialRecord(ReportTextKey.exclude(["summary", "plan"]), z.string().trim().max(4000)).optional(),
});
/** POST /api/v1/reporting/reports/return — the level above sends a report back with a reason. */
export const ReturnReportRequest = z.strictObject({ orgUnitId: Id, period: ReportPeriodKind, date: LocalDate, reason: z.string().trim().min(1).max(2000) });

/** GET /api/v1/reporting/submissions?orgUnitId&period&date — the reports of the units below, with status. */
export const ReportSubmissionsQuery = z.strictObject({ orgUnitId: Id.optional(), period: ReportPeriodKind, date: LocalDate });
export const ReportSubmissions = z.object({
  period: ReportPeriodKind,
  from: LocalDate,
  to: LocalDate,
  dueDate: LocalDate,
  items: z.array(z.object({ orgUnitId: Id, unitName: z.string(), status: ReportStatus, submittedAt: z.string().nullable(), submittedByName: z.string().nullable() })),
});
export type ReportSubmissions = z.infer<typeof ReportSubmissions>;

/** GET /api/v1/reporting/queue-export?orgUnitId&from&to&format — every ticket of a unit's counters, audited. */
export const QueueExportQuery = z.strictObject({ orgUnitId: Id.optional(), from: LocalDate, to: LocalDate, format: z.enum(["xlsx", "csv"]).optional() });

/** The body of GET /api/v1/reporting/reports/pdf: the report as a printable A4 PDF. */
export const PdfDownload = z.string().meta({ description: "The report as a printable A4 PDF (application/pdf)", format: "binary" });
