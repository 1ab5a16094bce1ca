/**
 * Shift relief (D-13), pre-shift fitness and team meetings (D-12), urgent events (D-14): issue 17
 * items 3–5. Thin routes under /api/v1/daily-ops; each declares its response schema.
 */
import {
  AcknowledgeUrgentRequest,
  ApproveEarlyLeaveRequest,
  CloseShiftRequest,
  FitnessCheckList,
  IdParams,
  ListFitnessQuery,
  ListShiftResponsibilitiesQuery,
  ListTeamMeetingsQuery,
  ListUrgentEventsQuery,
  RecordFitnessRequest,
  RecordTeamMeetingRequest,
  SaveReliefSectionsRequest,
  ShiftReliefResponse,
  ShiftResponsibilityList,
  TeamMeetingList,
  TeamMeetingResponse,
  UrgentEventList,
  UrgentEventResponse,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { registerActions } from "../control/permissions.js";
import { acknowledgeUrgentEvent } from "./acknowledge-urgent-event.js";
import { approveEarlyLeave } from "./approve-early-leave.js";
import { closeShift } from "./close-shift.js";
import { getShiftRelief } from "./get-shift-relief.js";
import { listFitnessChecks } from "./list-fitness-checks.js";
import { listShiftResponsibilities } from "./list-shift-responsibilities.js";
import { listTeamMeetings } from "./list-team-meetings.js";
import { getUrgentEvent, listUrgentEvents } from "./list-urgent-events.js";
import { recordFitness } from "./record-fitness.js";
import { recordTeamMeeting } from "./record-team-meeting.js";
import { saveReliefSections } from "./save-relief-sections.js";
import { installUrgentEventJobs } from "./sweep-urgent-events.js";

export const DAILY_OPS_RELIEF_PERMISSION_ACTIONS = ["dailyops.reliefApprove", "dailyops.fitness", "dailyops.teamMeeting", "incident.acknowledge"];

export function dailyOpsReliefRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(DAILY_OPS_RELIEF_PERMISSION_ACTIONS);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/daily-ops";
  const tags = ["daily-ops"];
  const u = (req: { principal: unknown }) => requireUser(req.principal as never);
  installUrgentEventJobs(app, ctx);

  // D-13 shift relief
  r.get(`${base}/handovers/:id/relief`, { schema: { tags, params: IdParams, response: { 200: ShiftReliefResponse } } }, async (req) => getShiftRelief(ctx, u(req), req.params.id));
  r.put(`${base}/handovers/:id/relief`, { schema: { tags, params: IdParams, body: SaveReliefSectionsRequest, response: { 200: ShiftReliefResponse } } }, async (req) => saveReliefSections(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/handovers/:id/approve-leave`, { schema: { tags, params: IdParams, body: ApproveEarlyLeaveRequest, response: { 200: ShiftReliefResponse } } }, async (req) =>
    approveEarlyLeave(ctx, u(req), req.params.id, req.body),
  );
  r.post(`${base}/handovers/:id/close-shift`, { schema: { tags, params: IdParams, body: CloseShiftRequest, response: { 200: ShiftReliefResponse } } }, async (req) => closeShift(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/shift-responsibilities`, { schema: { tags, querystring: ListShiftResponsibilitiesQuery, response: { 200: ShiftResponsibilityList } } }, async (req) =>
    listShiftResponsibilities(ctx, u(req), req.query),
  );

  // D-12 fitness at the pre-shift meeting, weekly team meetings
  r.post(`${base}/meetings/:id/fitness`, { schema: { tags, params: IdParams, body: RecordFitnessRequest, response: { 201: FitnessCheckList } } }, async (req, reply) =>
    reply.status(201).send(await recordFitness(ctx, u(req), req.params.id, req.body)),
  );
  r.get(`${base}/fitness-checks`, { schema: { tags, querystring: ListFitnessQuery, response: { 200: FitnessCheckList } } }, async (req) => listFitnessChecks(ctx, u(req), req.query));
  r.get(`${base}/team-meetings`, { schema: { tags, querystring: ListTeamMeetingsQuery, response: { 200: TeamMeetingList } } }, async (req) => listTeamMeetings(ctx, u(req), req.query));
  r.post(`${base}/team-meetings`, { schema: { tags, body: RecordTeamMeetingRequest, response: { 201: TeamMeetingResponse } } }, async (req, reply) =>
    reply.status(201).send(await recordTeamMeeting(ctx, u(req), req.body)),
  );

  // D-14 urgent events
  r.get(`${base}/urgent-events`, { schema: { tags, querystring: ListUrgentEventsQuery, response: { 200: UrgentEventList } } }, async (req) => listUrgentEvents(ctx, u(req), req.query));
  r.get(`${base}/urgent-events/:id`, { schema: { tags, params: IdParams, response: { 200: UrgentEventResponse } } }, async (req) => getUrgentEvent(ctx, u(req), req.params.id));
  r.post(`${base}/urgent-events/:id/acknowledge`, { schema: { tags, params: IdParams, body: AcknowledgeUrgentRequest, response: { 200: UrgentEventResponse } } }, async (req) =>
    acknowledgeUrgentEvent(ctx, u(req), req.params.id, req.body),
  );
}
