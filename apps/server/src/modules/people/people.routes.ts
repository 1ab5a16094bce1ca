/** People I (issue 14): staff records, certificates, exits; routes only translate. */
import {
  AbPostList,
  AbPostView,
  AttendanceSheet,
  CreateAbPostRequest,
  AttendanceSheetQuery,
  CertificateInput,
  ClockRequest,
  ClockResponse,
  CreateRosterRequest,
  CreateShiftTemplateRequest,
  CreateStaffRecordRequest,
  ErlangRequest,
  ErlangResponse,
  OrgUnitQuery,
  ApprovalChainsView,
  PeopleSettingsQuery,
  PutApprovalChainsRequest,
  PutStaffingSettingsRequest,
  StaffingSettingsView,
  RosterSummaryList,
  RosterView,
  ShiftTemplateList,
  ShiftTemplateView,
  DecideRequest,
  FileRequest,
  ListRequestsQuery,
  RequestList,
  RequestView,
  ExitList,
  ExitView,
  IdParams,
  ListExitsQuery,
  ListStaffRecordsQuery,
  StaffRecord,
  StaffRecordList,
  StartExitRequest,
  TickExitItemRequest,
  UserIdParams,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { addCertificate } from "./add-certificate.js";
import { createAbPost } from "./create-ab-post.js";
import { listAbPosts } from "./list-ab-posts.js";
import { calculateStaffing } from "./calculate-staffing.js";
import { clockInOut } from "./clock-in-out.js";
import { closeExit } from "./close-exit.js";
import { getAttendanceSheet } from "./get-attendance-sheet.js";
import { createShiftTemplate } from "./create-shift-template.js";
import { createStaffRecord } from "./create-staff-record.js";
import { generateRoster } from "./generate-roster.js";
import { getRoster } from "./get-roster.js";
import { listRosters } from "./list-rosters.js";
import { listShiftTemplates } from "./list-shift-templates.js";
import { publishRoster } from "./publish-roster.js";
import { decideRequest } from "./decide-request.js";
import { fileRequest } from "./file-request.js";
import { listRequests } from "./list-requests.js";
import { listExits } from "./list-exits.js";
import { listStaffRecords } from "./list-staff-records.js";
import { startExit } from "./start-exit.js";
import { tickExitItem } from "./tick-exit-item.js";
import { peopleTrainingRoutes } from "./people-training.routes.js";
import { getApprovalChains } from "./get-approval-chains.js";
import { getStaffingSettings } from "./get-staffing-settings.js";
import { putApprovalChains } from "./put-approval-chains.js";
import { putStaffingSettings } from "./put-staffing-settings.js";
import { installOnPostExamJob } from "./schedule-on-post-exams.js";

export function peopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["people"];
  r.post("/api/v1/people/staff", {
    schema: { tags, summary: "Staff record of a user account: posts, hire date, education, Mandarin level, skills, certificates (P-02, P-15)", body: CreateStaffRecordRequest, response: { 201: StaffRecord } },
  }, async (req, reply) => reply.status(201).send(await createStaffRecord(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/staff", {
    schema: { tags, summary: "Staff records of a unit and below, certificates with expiry status (P-02: warned 30 days ahead)", querystring: ListStaffRecordsQuery, response: { 200: StaffRecordList } },
  }, async (req) => listStaffRecords(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/people/staff/:userId/certificates", {
    schema: { tags, summary: "Record a certificate with number and expiry (P-02)", params: UserIdParams, body: CertificateInput, response: { 201: StaffRecord } },
  }, async (req, reply) => reply.status(201).send(await addCertificate(ctx, requireUser(req.principal), req.params.userId, req.body)));
  r.post("/api/v1/people/staff/:userId/exit", {
    schema: { tags, summary: "Start an exit: notice, last day, hand-over checklist (P-15)", params: UserIdParams, body: StartExitRequest, response: { 201: ExitView } },
  }, async (req, reply) => reply.status(201).send(await startExit(ctx, requireUser(req.principal), req.params.userId, req.body)));
  r.get("/api/v1/people/exits", {
    schema: { tags, summary: "Exits of a unit and below (P-15)", querystring: ListExitsQuery, response: { 200: ExitList } },
  }, async (req) => listExits(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/people/exits/:id/checklist", {
    schema: { tags, summary: "One hand-over item done: work, materials, seals, property (P-15, K-02)", params: IdParams, body: TickExitItemRequest, response: { 200: ExitView } },
  }, async (req) => tickExitItem(ctx, requireUser(req.principal), req.params.id, req.body));
  r.post("/api/v1/people/exits/:id/close", {
    schema: { tags, summary: "Close the account once the hand-over checklist is complete (P-15)", params: IdParams, response: { 200: ExitView } },
  }, async (req) => closeExit(ctx, requireUser(req.principal), req.params.id));
  r.post("/api/v1/people/requests", {
    schema: { tags, summary: "File a leave or shift-swap request for oneself, checked against P-06/P-07/P-10, with its approval chain (P-08)", body: FileRequest, response: { 201: RequestView } },
  }, async (req, reply) => reply.status(201).send(await fileRequest(ctx, requireUser(req.principal), req.body)));
  r.post("/api/v1/people/requests/:id/decision", {
    schema: { tags, summary: "Approve or reject the current step of a request's approval chain (P-08); the last approval enters the leave register (K-02 hand-back, D-06)", params: IdParams, body: DecideRequest, response: { 200: RequestView } },
  }, async (req) => decideRequest(ctx, requireUser(req.principal), req.params.id, req.body));
  r.get("/api/v1/people/requests", {
    schema: { tags, summary: "Requests: one's own, a unit's (orgUnitId), or those awaiting the caller's decision (awaitingMe=true); by state", querystring: ListRequestsQuery, response: { 200: RequestList } },
  }, async (req) => listRequests(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/people/shift-templates", {
    schema: { tags, summary: "Shift template of a unit with its demand, incl. night shifts for 7×24 centres (P-05)", body: CreateShiftTemplateRequest, response: { 201: ShiftTemplateView } },
  }, async (req, reply) => reply.status(201).send(await createShiftTemplate(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/shift-templates", {
    schema: { tags, summary: "Active shift templates of a unit (P-05)", querystring: OrgUnitQuery, response: { 200: ShiftTemplateList } },
  }, async (req) => listShiftTemplates(ctx, requireUser(req.principal), req.query.orgUnitId));
  r.post("/api/v1/rosters", {
    schema: { tags, summary: "Solve a draft roster with HiGHS: hard rules kept (coverage, one shift a day, rest, hours, consecutive days, leave, certificates, lunch duty), shortfalls explained (P-05)", body: CreateRosterRequest, response: { 201: RosterView } },
  }, async (req, reply) => reply.status(201).send(await generateRoster(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/rosters", {
    schema: { tags, summary: "Rosters of a unit (P-05)", querystring: OrgUnitQuery, response: { 200: RosterSummaryList } },
  }, async (req) => listRosters(ctx, requireUser(req.principal), req.query.orgUnitId));
  r.get("/api/v1/rosters/:id", {
    schema: { tags, summary: "One roster with its assignments, rule check and shortfalls (P-05)", params: IdParams, response: { 200: RosterView } },
  }, async (req) => getRoster(ctx, requireUser(req.principal), req.params.id));
  r.post("/api/v1/rosters/:id/publish", {
    schema: { tags, summary: "Publish a draft roster (P-05)", params: IdParams, response: { 200: RosterView } },
  }, async (req) => publishRoster(ctx, requireUser(req.principal), req.params.id));
  r.post("/api/v1/people/attendance/clock", {
    schema: { tags, summary: "Clock in or out; today's status against the published roster (P-11)", body: ClockRequest, response: { 200: ClockResponse } },
  }, async (req) => clockInOut(ctx, requireUser(req.principal), req.body));
  r.get("/api/v1/people/attendance", {
    schema: { tags, summary: "Monthly attendance sheet of a unit: late, early leave, absence and flags against the published roster (P-11)", querystring: AttendanceSheetQuery, response: { 200: AttendanceSheet } },
  }, async (req) => getAttendanceSheet(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/people/ab-posts", {
    schema: { tags, summary: "Set the A and B holders of a post (P-09: B steps in; never both away)", body: CreateAbPostRequest, response: { 201: AbPostView } },
  }, async (req, reply) => reply.status(201).send(await createAbPost(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/ab-posts", {
    schema: { tags, summary: "AB posts of a unit (P-09)", querystring: OrgUnitQuery, response: { 200: AbPostList } },
  }, async (req) => listAbPosts(ctx, requireUser(req.principal), req.query.orgUnitId));
  r.post("/api/v1/people/staffing/erlang", {
    schema: { tags, summary: "Erlang C calculator: agents for an interval's arrivals and handling time against a service-level or average-wait target, with shrinkage", body: ErlangRequest, response: { 200: ErlangResponse } },
  }, async (req) => calculateStaffing(requireUser(req.principal), req.body));
  r.get("/api/v1/people/staffing-settings", {
    schema: { tags, summary: "A unit's staffing settings: shrinkage, default handling time, Q-07 peak factor, 7×24 call centre (defaults 0.3, 600 s, 1.5, as the opening hours)", querystring: PeopleSettingsQuery, response: { 200: StaffingSettingsView } },
  }, async (req) => getStaffingSettings(ctx, requireUser(req.principal), req.query.orgUnitId));
  r.put("/api/v1/people/staffing-settings", {
    schema: { tags, summary: "Set a unit's staffing settings (audited); staffing and rosters use them", querystring: PeopleSettingsQuery, body: PutStaffingSettingsRequest, response: { 200: StaffingSettingsView } },
  }, async (req) => putStaffingSettings(ctx, requireUser(req.principal), req.query.orgUnitId, req.body));
  r.get("/api/v1/people/approval-chains", {
    schema: { tags, summary: "A unit's approval chains per request kind and length (P-08; defaults 003-3 Art.17)", querystring: PeopleSettingsQuery, response: { 200: ApprovalChainsView } },
  }, async (req) => getApprovalChains(ctx, requireUser(req.principal), req.query.orgUnitId));
  r.put("/api/v1/people/approval-chains", {
    schema: { tags, summary: "Set a unit's approval chains (P-08 configurable; every kind keeps a chain for every length; audited); new requests of the unit use them", querystring: PeopleSettingsQuery, body: PutApprovalChainsRequest, response: { 200: ApprovalChainsView } },
  }, async (req) => putApprovalChains(ctx, requireUser(req.principal), req.query.orgUnitId, req.body));
  peopleTrainingRoutes(app, ctx);
  installOnPostExamJob(app, ctx);
}
