/** Types of the reporting API (type-only from the contracts) and its paths. */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type Dashboard = z.infer<typeof C.Dashboard>;
export type DashboardRow = z.infer<typeof C.DashboardRow>;
export type KpiFigure = z.infer<typeof C.KpiFigure>;
export type KpiId = z.infer<typeof C.KpiId>;
export type PeriodicReport = z.infer<typeof C.PeriodicReport>;
export type ReportSubmissions = z.infer<typeof C.ReportSubmissions>;

export const REPORTING_API = {
  dashboard: "/api/v1/reporting/dashboard",
  kpis: "/api/v1/reporting/kpis",
  reports: "/api/v1/reporting/reports",
  reportExport: "/api/v1/reporting/reports/export",
  reportPdf: "/api/v1/reporting/reports/pdf",
  submit: "/api/v1/reporting/reports/submit",
  returnReport: "/api/v1/reporting/reports/return",
  submissions: "/api/v1/reporting/submissions",
  queueExport: "/api/v1/reporting/queue-export",
} as const;
