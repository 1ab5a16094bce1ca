/** C-21 complaint follow-through routes (issue 17 item 7): routes only translate. */
import {
  CaseFollowThrough,
  CreateReferralRequest,
  CreateViolationLeadRequest,
  FileDownload,
  FollowThroughList,
  IdParams,
  ListFollowThroughsQuery,
  RecordSettlementsRequest,
  ReplyFollowThroughRequest,
  YearEndReport,
  YearEndReportExportQuery,
  YearEndReportQuery,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { exportYearEndReport } from "./export-year-end-report.js";
import { handOverFollowThrough } from "./hand-over-follow-through.js";
import { listFollowThroughs } from "./list-follow-throughs.js";
import { recordSettlements } from "./record-settlements.js";
import { replyFollowThrough } from "./reply-follow-through.js";
import { viewCaseFollowThrough } from "./view-case-follow-through.js";
import { buildYearEndReport } from "./year-end-report.js";

export function followThroughRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["cases"];
  r.get("/api/v1/cases/:id/follow-through", {
    schema: { tags, summary: "A case's follow-through: referrals to departments, leads on violations, compensation and penalties (C-21)", params: IdParams, response: { 200: CaseFollowThrough } },
  }, async (req) => viewCaseFollowThrough(ctx, req.principal, req.params.id));
  r.post("/api/v1/cases/:id/follow-through/referrals", {
    schema: { tags, summary: "Route a complaint ruled non-responsible (process, technology, staffing) to the owning department with a due date in working days (C-21)", params: IdParams, body: CreateReferralRequest, response: { 201: CaseFollowThrough } },
  }, async (req, reply) => reply.status(201).send(await handOverFollowThrough(ctx, req.principal, req.params.id, { kind: "referral", ...req.body })));
  r.post("/api/v1/cases/:id/follow-through/violation-leads", {
    schema: { tags, summary: "Hand a lead on a violation to the supervision/security department, recorded and tracked (C-21)", params: IdParams, body: CreateViolationLeadRequest, response: { 201: CaseFollowThrough } },
  }, async (req, reply) => reply.status(201).send(await handOverFollowThrough(ctx, req.principal, req.params.id, { kind: "violation_lead", ...req.body })));
  r.post("/api/v1/cases/:id/follow-through/settlements", {
    schema: { tags, summary: "Record compensation to the customer and penalties on the ruling (C-21)", params: IdParams, body: RecordSettlementsRequest, response: { 201: CaseFollowThrough } },
  }, async (req, reply) => reply.status(201).send(await recordSettlements(ctx, req.principal, req.params.id, req.body)));
  r.post("/api/v1/cases/follow-through/:id/reply", {
    schema: { tags, summary: "The department's reply to a referral or lead (C-21)", params: IdParams, body: ReplyFollowThroughRequest, response: { 200: CaseFollowThrough } },
  }, async (req) => replyFollowThrough(ctx, req.principal, req.params.id, req.body));
  r.get("/api/v1/cases/follow-through", {
    schema: { tags, summary: "Referrals and leads of cases in scope with due date and status (C-21)", querystring: ListFollowThroughsQuery, response: { 200: FollowThroughList } },
  }, async (req) => listFollowThroughs(ctx, req.principal, req.query));
  r.get("/api/v1/cases/follow-through/year-end-report", {
    schema: { tags, summary: "The year-end report on the complaint mechanism for the upper level (C-21)", querystring: YearEndReportQuery, response: { 200: YearEndReport } },
  }, async (req) => buildYearEndReport(ctx, req.principal, req.query));
  r.get("/api/v1/cases/follow-through/year-end-report/export", {
    schema: { tags, summary: "The year-end report as xlsx (or csv), through the audited export path (C-21)", querystring: YearEndReportExportQuery, produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], response: { 200: FileDownload } },
  }, async (req, reply) => exportYearEndReport(ctx, req.principal, reply, req.query));
}
