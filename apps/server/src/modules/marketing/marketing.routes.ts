/** On-site marketing routes (M-01; issue 16 item 7). Thin. */
import {
  DutyLogList,
  DutyNow,
  DutyNowQuery,
  DutyPlan,
  DutyPlanQuery,
  DutySlotView,
  FileDownload,
  HandleSubmissionRequest,
  IdParams,
  LeadList,
  LeadView,
  LeadsExportQuery,
  LeadsQuery,
  PlanDutySlotRequest,
  RecordDutyLogRequest,
  RecordLeadRequest,
  SubmissionList,
  SubmissionView,
  SubmissionsQuery,
  SubmitResultsRequest,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { exportLeads } from "./export-leads.js";
import { handleSubmission } from "./handle-submission.js";
import { listDutyLogs } from "./list-duty-logs.js";
import { listLeads } from "./list-leads.js";
import { listSubmissions } from "./list-submissions.js";
import { planDutySlot } from "./plan-duty-slot.js";
import { recordDutyLog } from "./record-duty-log.js";
import { recordLead } from "./record-lead.js";
import { removeDutySlot } from "./remove-duty-slot.js";
import { submitResults } from "./submit-results.js";
import { viewDutyNow } from "./view-duty-now.js";
import { viewDutyPlan } from "./view-duty-plan.js";

export function marketingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["marketing"];
  r.get("/api/v1/marketing/duty-plan", {
    schema: { tags, summary: "A counter's elite-agent duty plan over dates, with each day's business hours", querystring: DutyPlanQuery, response: { 200: DutyPlan } },
  }, async (req) => viewDutyPlan(ctx, req.principal, req.query));
  r.post("/api/v1/marketing/duty-slots", {
    schema: { tags, summary: "Plan an elite agent's duty slot within the day's business hours (audited)", body: PlanDutySlotRequest, response: { 201: DutySlotView } },
  }, async (req, reply) => reply.status(201).send(await planDutySlot(ctx, req.principal, req.body)));
  r.delete("/api/v1/marketing/duty-slots/:id", {
    schema: { tags, summary: "Take a slot off the duty plan (audited)", params: IdParams, response: { 200: DutySlotView } },
  }, async (req) => removeDutySlot(ctx, req.principal, req.params.id));
  r.get("/api/v1/marketing/duty-now", {
    schema: { tags, summary: "Who is on duty at a counter now and next (for the monitor)", querystring: DutyNowQuery, response: { 200: DutyNow } },
  }, async (req) => viewDutyNow(ctx, req.principal, req.query.counterId));
  r.post("/api/v1/marketing/duty-logs", {
    schema: { tags, summary: "Record an agent's duty: arrival, departure, notes (audited)", body: RecordDutyLogRequest, response: { 201: DutyLogList.shape.items.element } },
  }, async (req, reply) => reply.status(201).send(await recordDutyLog(ctx, req.principal, req.body)));
  r.get("/api/v1/marketing/duty-logs", {
    schema: { tags, summary: "A counter's duty log over dates", querystring: DutyPlanQuery, response: { 200: DutyLogList } },
  }, async (req) => listDutyLogs(ctx, req.principal, req.query));
  r.post("/api/v1/marketing/leads", {
    schema: { tags, summary: "Record a referral, sale or prospect with customer, need and contact (answer masked; audited)", body: RecordLeadRequest, response: { 201: LeadView } },
  }, async (req, reply) => reply.status(201).send(await recordLead(ctx, req.principal, req.body)));
  r.get("/api/v1/marketing/leads", {
    schema: { tags, summary: "The on-site marketing register over dates, customers masked, with compiled figures", querystring: LeadsQuery, response: { 200: LeadList } },
  }, async (req) => listLeads(ctx, req.principal, req.query));
  r.get("/api/v1/marketing/leads/export", {
    schema: { tags, summary: "The register with customers' names and phones as xlsx or csv (audited export)", querystring: LeadsExportQuery, produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], response: { 200: FileDownload } },
  }, async (req, reply) => exportLeads(ctx, req.principal, reply, req.query));
  r.post("/api/v1/marketing/submissions", {
    schema: { tags, summary: "Compile a period's results and send them to the sales department (audited)", body: SubmitResultsRequest, response: { 201: SubmissionView } },
  }, async (req, reply) => reply.status(201).send(await submitResults(ctx, req.principal, req.body)));
  r.get("/api/v1/marketing/submissions", {
    schema: { tags, summary: "Results sent to the sales department, with their status", querystring: SubmissionsQuery, response: { 200: SubmissionList } },
  }, async (req) => listSubmissions(ctx, req.principal, req.query));
  r.post("/api/v1/marketing/submissions/:id/handle", {
    schema: { tags, summary: "The sales department receives or returns the results (audited)", params: IdParams, body: HandleSubmissionRequest, response: { 200: SubmissionView } },
  }, async (req) => handleSubmission(ctx, req.principal, req.params.id, req.body));
}
