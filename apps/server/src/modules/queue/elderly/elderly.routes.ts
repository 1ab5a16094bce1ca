/** Q-13 elderly-friendly service routes (issue 17 item 6): routes only translate. */
import { ElderlyFigures, ElderlyFiguresQuery, HelpRequestsQuery, IdParams, KioskHelpRequestBody, KioskHelpRequestList, KioskHelpRequestView, TicketServiceRecord, TicketServiceRecordRequest } from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { requireUser } from "../../../http/principal.js";
import { registerActions } from "../../control/permissions.js";
import { elderlyFigures } from "./elderly-figures.js";
import { listHelpRequests, requestHelp, serveHelpRequest } from "./help-requests.js";
import { recordTicketService } from "./record-ticket-service.js";

export const ELDERLY_PERMISSION_ACTIONS = ["elderly.record"];

export function elderlyRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(ELDERLY_PERMISSION_ACTIONS);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["queue-elderly"];
  r.put("/api/v1/queue/tickets/:id/service-record", { schema: { tags, summary: "Elderly / assisted / paper form / single-person marks on a ticket; a staff-operated device for an elderly customer is a finding (Q-13, K-12)", params: IdParams, body: TicketServiceRecordRequest, response: { 200: TicketServiceRecord } } }, async (req) => recordTicketService(ctx, requireUser(req.principal ?? null), req.params.id, req.body));
  r.post("/api/v1/queue/kiosk/help-requests", { config: { auth: "any" as const }, schema: { tags, summary: "The kiosk's staff-help / paper-form choice (Q-13)", body: KioskHelpRequestBody, response: { 201: KioskHelpRequestView } } }, async (req, reply) => reply.status(201).send(await requestHelp(ctx, req.principal ?? null, req.body)));
  r.get("/api/v1/queue/kiosk/help-requests", { schema: { tags, summary: "Help requests of a day at the guide desk (Q-13)", querystring: HelpRequestsQuery, response: { 200: KioskHelpRequestList } } }, async (req) => listHelpRequests(ctx, req.principal ?? null, req.query));
  r.post("/api/v1/queue/kiosk/help-requests/:id/serve", { schema: { tags, summary: "A member of staff goes to help (Q-13)", params: IdParams, response: { 200: KioskHelpRequestView } } }, async (req) => serveHelpRequest(ctx, req.principal ?? null, req.params.id));
  r.get("/api/v1/queue/elderly/figures", { schema: { tags, summary: "Monthly elderly-friendly service figures and violations (Q-13)", querystring: ElderlyFiguresQuery, response: { 200: ElderlyFigures } } }, async (req) => elderlyFigures(ctx, req.principal ?? null, req.query));
}
