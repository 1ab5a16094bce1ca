/** Reporting routes (I-04; issue 16): KPI catalogue, dashboards, periodic reports. Thin: parse → one use case. */
import {
  Dashboard,
  FileDownload,
  DashboardQuery,
  KpiCatalogueResponse,
  PeriodicReport,
  PeriodicReportExportQuery,
  PeriodicReportPdfQuery,
  PdfDownload,
  PeriodicReportQuery,
  QueueExportQuery,
  ReportSubmissions,
  ReportSubmissionsQuery,
  ReturnReportRequest,
  SubmitReportRequest,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { exportPeriodicReport } from "./export-periodic-report.js";
import { exportQueueTickets } from "./export-queue-tickets.js";
import { listKpis } from "./list-kpis.js";
import { listReportSubmissions } from "./list-report-submissions.js";
import { printPeriodicReport } from "./print-periodic-report.js";
import { returnReport } from "./return-report.js";
import { rollUpRecentDays } from "./roll-up-recent-days.js";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { submitReport } from "./submit-report.js";
import { viewDashboard } from "./view-dashboard.js";
import { viewPeriodicReport } from "./view-periodic-report.js";

export function reportingRoutes(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "report roll-ups", ctx.config.reportRollupSeconds, () => rollUpRecentDays(ctx));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reporting"];
  r.get("/api/v1/reporting/kpis", {
    schema: { tags, summary: "The KPI catalogue: name, formula, unit, default target and rule of every indicator", response: { 200: KpiCatalogueResponse } },
  }, async (req) => {
    requireUser(req.principal);
    return listKpis();
  });
  r.get("/api/v1/reporting/dashboard", {
    schema: { tags, summary: "A unit's indicators against targets and the previous period, by hour, complaints by cause, and the ranking of the level below (drill-down to window and teller)", querystring: DashboardQuery, response: { 200: Dashboard } },
  }, async (req) => viewDashboard(ctx, req.principal, req.query));
  r.get("/api/v1/reporting/reports", {
    schema: { tags, summary: "A unit's daily, weekly, monthly, quarterly or yearly report: figures from the raw data, previous period, anomalies, units below, due date and status", querystring: PeriodicReportQuery, response: { 200: PeriodicReport } },
  }, async (req) => viewPeriodicReport(ctx, req.principal, req.query));
  r.get("/api/v1/reporting/reports/export", {
    schema: { tags, summary: "A periodic report as xlsx (or csv), through the audited export path", querystring: PeriodicReportExportQuery, produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], response: { 200: FileDownload } },
  }, async (req, reply) => exportPeriodicReport(ctx, req.principal, reply, req.query));
  r.get("/api/v1/reporting/reports/pdf", {
    schema: { tags, summary: "A periodic report as a printable A4 PDF (Chinese text, the template's sections, the unit's local times), audited as an export", querystring: PeriodicReportPdfQuery, produces: ["application/pdf"], response: { 200: PdfDownload } },
  }, async (req, reply) => printPeriodicReport(ctx, req.principal, reply, req.query));
  r.post("/api/v1/reporting/reports/submit", {
    schema: { tags, summary: "Submit a unit's report for an ended period to the level above", body: SubmitReportRequest, response: { 200: PeriodicReport } },
  }, async (req) => submitReport(ctx, req.principal, req.body));
  r.post("/api/v1/reporting/reports/return", {
    schema: { tags, summary: "The level above sends a submitted report back with a reason", body: ReturnReportRequest, response: { 200: PeriodicReport } },
  }, async (req) => returnReport(ctx, req.principal, req.body));
  r.get("/api/v1/reporting/submissions", {
    schema: { tags, summary: "The reports of the units directly below for a period, with due date and status", querystring: ReportSubmissionsQuery, response: { 200: ReportSubmissions } },
  }, async (req) => listReportSubmissions(ctx, req.principal, req.query));
  r.get("/api/v1/reporting/queue-export", {
    schema: { tags, summary: "Every ticket of a unit's counters over dates as xlsx (or csv): times, wait and handling minutes, window, teller, rating (audited export)", querystring: QueueExportQuery, produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], response: { 200: FileDownload } },
  }, async (req, reply) => exportQueueTickets(ctx, req.principal, reply, req.query));
}
