/** Queue and counter-service routes (issue 3): thin — parse with the contract, call one use case. */
import {
  AppointmentAvailabilityQuery,
  AppointmentAvailabilityResponse,
  AppointmentIdParams,
  AppointmentList,
  AppointmentResponse,
  AppointmentSlotIdParams,
  AppointmentSlotList,
  AppointmentSlotResponse,
  BookAppointmentRequest,
  BusinessTypeIdParams,
  BusinessTypeList,
  BusinessTypeResponse,
  CallNextResponse,
  CancelAppointmentRequest,
  CancelTicketRequest,
  CheckInAppointmentRequest,
  CheckInResponse,
  CreateAppointmentSlotRequest,
  CreateBusinessTypeRequest,
  CreateWindowRequest,
  FinishTicketRequest,
  IssueTicketRequest,
  IssueTicketResponse,
  LatestFinishedResponse,
  ListAppointmentsQuery,
  MyWindowsResponse,
  PauseWindowRequest,
  QueueCounterParams,
  QueueMonitorResponse,
  QueueResponse,
  QueueSettings,
  QueueStatsQuery,
  QueueStatsResponse,
  RaiseHandRequest,
  RateTicketRequest,
  RatingResponse,
  RejectAppointmentRequest,
  TicketActionResponse,
  TicketHistory,
  TicketIdParams,
  TicketPrintResponse,
  TicketResponse,
  TransferTicketRequest,
  TransferTicketResponse,
  UpdateAppointmentSlotRequest,
  UpdateBusinessTypeRequest,
  UpdateQueueSettingsRequest,
  UpdateWindowRequest,
  WindowIdParams,
  WindowList,
  WindowResponse,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { registerActions } from "../control/permissions.js";
import {
  approveAppointment,
  availability,
  bookAppointment,
  cancelAppointment,
  checkInAppointment,
  confirmAppointment,
  createSlot,
  getAppointment,
  listAppointments,
  listSlots,
  rejectAppointment,
  updateSlot,
} from "./appointments.js";
import { callNextTicket } from "./call-next-ticket.js";
import { counterStats } from "./counter-stats.js";
import { issueTicket } from "./issue-ticket.js";
import { createBusinessType, listBusinessTypes, updateBusinessType } from "./manage-business-types.js";
import { createWindow, listWindows, myWindows, updateWindow } from "./manage-windows.js";
import { monitorCounter } from "./monitor-counter.js";
import { QUEUE_ACTIONS } from "./queue-permissions.js";
import { queueEventRoutes } from "./queue-events.js";
import { rateTicket } from "./rate-ticket.js";
import { pauseWindow, raiseHand, resumeWindow, signInWindowChecked, signOutWindow } from "./staff-window.js";
import { cancelTicket, finishTicket, noShowTicket, recallTicket, startTicket, transferTicket } from "./ticket-actions.js";
import { getQueueSettings, updateQueueSettings } from "./update-queue-settings.js";
import { getTicket, latestFinished, ticketHistory, ticketPrint, viewQueue } from "./view-queue.js";

const tags = ["queue"];
const any = { auth: "any" as const };

export function queueRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(QUEUE_ACTIONS);
  const r = app.withTypeProvider<ZodTypeProvider>();

  // ---- business types, settings
  r.get("/api/v1/counters/:counterId/business-types", { config: any, schema: { tags, params: QueueCounterParams, response: { 200: BusinessTypeList } } }, async (req) =>
    listBusinessTypes(ctx, req.principal!, req.params.counterId),
  );
  r.post("/api/v1/counters/:counterId/business-types", { schema: { tags, params: QueueCounterParams, body: CreateBusinessTypeRequest, response: { 201: BusinessTypeResponse } } }, async (req, reply) =>
    reply.status(201).send(await createBusinessType(ctx, req.principal!, req.params.counterId, req.body)),
  );
  r.patch("/api/v1/business-types/:id", { schema: { tags, params: BusinessTypeIdParams, body: UpdateBusinessTypeRequest, response: { 200: BusinessTypeResponse } } }, async (req) =>
    updateBusinessType(ctx, req.principal!, req.params.id, req.body),
  );
  r.get("/api/v1/counters/:counterId/queue-settings", { config: any, schema: { tags, params: QueueCounterParams, response: { 200: QueueSettings } } }, async (req) =>
    getQueueSettings(ctx, req.principal!, req.params.counterId),
  );
  r.put("/api/v1/counters/:counterId/queue-settings", { schema: { tags, params: QueueCounterParams, body: UpdateQueueSettingsRequest, response: { 200: QueueSettings } } }, async (req) =>
    updateQueueSettings(ctx, req.principal!, req.params.counterId, req.body),
  );

  // ---- windows
  r.post("/api/v1/counters/:counterId/windows", { schema: { tags, params: QueueCounterParams, body: CreateWindowRequest, response: { 201: WindowResponse } } }, async (req, reply) =>
    reply.status(201).send(await createWindow(ctx, req.principal!, req.params.counterId, req.body)),
  );
  r.get("/api/v1/counters/:counterId/windows", { config: any, schema: { tags, params: QueueCounterParams, response: { 200: WindowList } } }, async (req) =>
    listWindows(ctx, req.principal!, req.params.counterId),
  );
  r.get("/api/v1/windows/mine", { schema: { tags, summary: "The teller's current window and their counter's windows", response: { 200: MyWindowsResponse } } }, async (req) =>
    myWindows(ctx, req.principal!),
  );
  r.patch("/api/v1/windows/:windowId", { schema: { tags, params: WindowIdParams, body: UpdateWindowRequest, response: { 200: WindowResponse } } }, async (req) =>
    updateWindow(ctx, req.principal!, req.params.windowId, req.body),
  );
  r.post("/api/v1/windows/:windowId/sign-in", { schema: { tags, params: WindowIdParams, response: { 200: WindowResponse } } }, async (req) =>
    signInWindowChecked(ctx, req.principal!, req.params.windowId),
  );
  r.post("/api/v1/windows/:windowId/sign-out", { schema: { tags, params: WindowIdParams, response: { 200: WindowResponse } } }, async (req) =>
    signOutWindow(ctx, req.principal!, req.params.windowId),
  );
  r.post("/api/v1/windows/:windowId/pause", { schema: { tags, params: WindowIdParams, body: PauseWindowRequest, response: { 200: WindowResponse } } }, async (req) =>
    pauseWindow(ctx, req.principal!, req.params.windowId, req.body.reason),
  );
  r.post("/api/v1/windows/:windowId/resume", { schema: { tags, params: WindowIdParams, response: { 200: WindowResponse } } }, async (req) =>
    resumeWindow(ctx, req.principal!, req.params.windowId),
  );
  r.post("/api/v1/windows/:windowId/raise-hand", { schema: { tags, summary: "举手服务: invite the called customer (event window.raiseHand)", params: WindowIdParams, body: RaiseHandRequest.optional(), response: { 200: WindowResponse } } }, async (req) =>
    raiseHand(ctx, req.principal!, req.params.windowId, req.body?.message),
  );
  r.post("/api/v1/windows/:windowId/call-next", { schema: { tags, params: WindowIdParams, response: { 200: CallNextResponse } } }, async (req) =>
    callNextTicket(ctx, req.principal!, req.params.windowId),
  );
  r.get("/api/v1/windows/:windowId/latest-finished", { config: any, schema: { tags, summary: "Latest finished ticket today (rating pad)", params: WindowIdParams, response: { 200: LatestFinishedResponse } } }, async (req) =>
    latestFinished(ctx, req.principal!, req.params.windowId),
  );

  // ---- tickets
  r.post("/api/v1/counters/:counterId/tickets", {
    config: any,
    schema: { tags, summary: "Issue a ticket (Q-02); header Idempotency-Key makes retries return the same ticket", params: QueueCounterParams, body: IssueTicketRequest, response: { 201: IssueTicketResponse } },
  }, async (req, reply) => {
    const key = req.headers["idempotency-key"];
    const out = await issueTicket(ctx, req.principal!, req.params.counterId, req.body, typeof key === "string" ? key : undefined);
    if (out.replayed) reply.header("idempotent-replayed", "true");
    return reply.status(201).send(out.body);
  });
  r.get("/api/v1/tickets/:id", { config: any, schema: { tags, params: TicketIdParams, response: { 200: TicketResponse } } }, async (req) => getTicket(ctx, req.principal!, req.params.id));
  r.get("/api/v1/tickets/:id/print", { config: any, schema: { tags, params: TicketIdParams, response: { 200: TicketPrintResponse } } }, async (req) => ticketPrint(ctx, req.principal!, req.params.id));
  r.get("/api/v1/tickets/:id/history", { schema: { tags, summary: "The ticket's queue events, oldest first", params: TicketIdParams, response: { 200: TicketHistory } } }, async (req) => ticketHistory(ctx, req.principal!, req.params.id));
  r.post("/api/v1/tickets/:id/recall", { schema: { tags, params: TicketIdParams, response: { 200: TicketActionResponse } } }, async (req) => recallTicket(ctx, req.principal!, req.params.id));
  r.post("/api/v1/tickets/:id/start", { schema: { tags, params: TicketIdParams, response: { 200: TicketActionResponse } } }, async (req) => startTicket(ctx, req.principal!, req.params.id));
  r.post("/api/v1/tickets/:id/no-show", { schema: { tags, params: TicketIdParams, response: { 200: TicketActionResponse } } }, async (req) => noShowTicket(ctx, req.principal!, req.params.id));
  r.post("/api/v1/tickets/:id/transfer", { schema: { tags, params: TicketIdParams, body: TransferTicketRequest, response: { 200: TransferTicketResponse } } }, async (req) =>
    transferTicket(ctx, req.principal!, req.params.id, req.body),
  );
  r.post("/api/v1/tickets/:id/finish", { schema: { tags, params: TicketIdParams, body: FinishTicketRequest, response: { 200: TicketActionResponse } } }, async (req) =>
    finishTicket(ctx, req.principal!, req.params.id, req.body),
  );
  r.post("/api/v1/tickets/:id/cancel", { schema: { tags, params: TicketIdParams, body: CancelTicketRequest.optional(), response: { 200: TicketActionResponse } } }, async (req) =>
    cancelTicket(ctx, req.principal!, req.params.id, req.body?.reason),
  );
  r.post("/api/v1/tickets/:id/rating", { config: any, schema: { tags, params: TicketIdParams, body: RateTicketRequest, response: { 201: RatingResponse } } }, async (req, reply) =>
    reply.status(201).send(await rateTicket(ctx, req.principal!, req.params.id, req.body)),
  );

  // ---- hall view, monitor, stats
  r.get("/api/v1/counters/:counterId/queue", { config: any, schema: { tags, params: QueueCounterParams, response: { 200: QueueResponse } } }, async (req) =>
    viewQueue(ctx, req.principal!, req.params.counterId),
  );
  r.get("/api/v1/counters/:counterId/monitor", { schema: { tags, summary: "Live monitor with Q-06/Q-07 alerts and the ORG-03 finding", params: QueueCounterParams, response: { 200: QueueMonitorResponse } } }, async (req) =>
    monitorCounter(ctx, req.principal!, req.params.counterId),
  );
  r.get("/api/v1/counters/:counterId/stats", { schema: { tags, params: QueueCounterParams, querystring: QueueStatsQuery, response: { 200: QueueStatsResponse } } }, async (req) =>
    counterStats(ctx, req.principal!, req.params.counterId, req.query.from, req.query.to),
  );
  queueEventRoutes(app, ctx);

  // ---- appointments
  r.get("/api/v1/counters/:counterId/appointment-slots", { schema: { tags, params: QueueCounterParams, response: { 200: AppointmentSlotList } } }, async (req) =>
    listSlots(ctx, req.principal!, req.params.counterId),
  );
  r.post("/api/v1/counters/:counterId/appointment-slots", { schema: { tags, params: QueueCounterParams, body: CreateAppointmentSlotRequest, response: { 201: AppointmentSlotResponse } } }, async (req, reply) =>
    reply.status(201).send(await createSlot(ctx, req.principal!, req.params.counterId, req.body)),
  );
  r.patch("/api/v1/appointment-slots/:id", { schema: { tags, params: AppointmentSlotIdParams, body: UpdateAppointmentSlotRequest, response: { 200: AppointmentSlotResponse } } }, async (req) =>
    updateSlot(ctx, req.principal!, req.params.id, req.body),
  );
  r.get("/api/v1/counters/:counterId/appointment-availability", { schema: { tags, params: QueueCounterParams, querystring: AppointmentAvailabilityQuery, response: { 200: AppointmentAvailabilityResponse } } }, async (req) =>
    availability(ctx, req.principal!, req.params.counterId, req.query.date, req.query.kind),
  );
  r.post("/api/v1/counters/:counterId/appointments", { schema: { tags, params: QueueCounterParams, body: BookAppointmentRequest, response: { 201: AppointmentResponse } } }, async (req, reply) =>
    reply.status(201).send(await bookAppointment(ctx, req.principal!, req.params.counterId, req.body)),
  );
  r.get("/api/v1/counters/:counterId/appointments", { schema: { tags, params: QueueCounterParams, querystring: ListAppointmentsQuery, response: { 200: AppointmentList } } }, async (req) =>
    listAppointments(ctx, req.principal!, req.params.counterId, req.query),
  );
  r.get("/api/v1/appointments/:id", { schema: { tags, params: AppointmentIdParams, response: { 200: AppointmentResponse } } }, async (req) => getAppointment(ctx, req.principal!, req.params.id));
  r.post("/api/v1/appointments/:id/approve", { schema: { tags, params: AppointmentIdParams, response: { 200: AppointmentResponse } } }, async (req) => approveAppointment(ctx, req.principal!, req.params.id));
  r.post("/api/v1/appointments/:id/reject", { schema: { tags, params: AppointmentIdParams, body: RejectAppointmentRequest, response: { 200: AppointmentResponse } } }, async (req) =>
    rejectAppointment(ctx, req.principal!, req.params.id, req.body.reason),
  );
  r.post("/api/v1/appointments/:id/confirm", { schema: { tags, params: AppointmentIdParams, response: { 200: AppointmentResponse } } }, async (req) => confirmAppointment(ctx, req.principal!, req.params.id));
  r.post("/api/v1/appointments/:id/cancel", { schema: { tags, params: AppointmentIdParams, body: CancelAppointmentRequest.optional(), response: { 200: AppointmentResponse } } }, async (req) =>
    cancelAppointment(ctx, req.principal!, req.params.id, req.body?.reason),
  );
  r.post("/api/v1/appointments/:id/check-in", { schema: { tags, params: AppointmentIdParams, body: CheckInAppointmentRequest.optional(), response: { 201: CheckInResponse } } }, async (req, reply) =>
    reply.status(201).send(await checkInAppointment(ctx, req.principal!, req.params.id, req.body?.businessType)),
  );
}
