/** Daily operations routes (issue 5): thin — parse with the contract, call one use case. Base /api/v1/daily-ops. */
import {
  AddIncidentEntryRequest,
  ClosePreviewQuery,
  CloseIncidentRequest,
  CompleteDailyCloseRequest,
  ConfirmHandoverRequest,
  CreateInspectionTemplateRequest,
  FollowUpFocusIssueParams,
  FollowUpFocusIssueRequest,
  IdParams,
  InspectionTrendsQuery,
  ListClosesQuery,
  ListDrillsQuery,
  ListEquipmentQuery,
  ListFaultsQuery,
  ListHandoversQuery,
  ListIncidentsQuery,
  ListInspectionTemplatesQuery,
  ListInspectionsQuery,
  ListLostPropertyQuery,
  ListMeetingsQuery,
  MeetingScheduleQuery,
  RecordDrillRequest,
  RecordHandoverRequest,
  RecordLostPropertyRequest,
  RecordMeetingRequest,
  RegisterEquipmentRequest,
  ReportFaultRequest,
  ReportIncidentRequest,
  ReturnLostPropertyRequest,
  SaveInspectionAnswersRequest,
  StartInspectionRequest,
  SubmitInspectionRequest,
  RemindersQuery,
  StaffQuery,
  SuggestIncidentLevelRequest,
  UpdateEquipmentRequest,
  UpdateFaultRequest,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { createSpecialMattersForDay } from "../cases/create-special-matters.js";
import { registerActions } from "../control/permissions.js";
import { specialMattersProvider } from "./special-matters-seam.js";
import { completeDailyClose, getDailyClose, listDailyCloses, previewDailyClose } from "./daily-close.js";
import { getEquipment, getFault, listEquipment, listFaults, registerEquipment, reportFault, updateEquipment, updateFault } from "./equipment.js";
import { exportDailyOps } from "./daily-ops.exports.js";
import {
  addIncidentEntry,
  closeIncident,
  getIncident,
  getLostProperty,
  listDrills,
  listIncidents,
  listLostProperty,
  recordDrill,
  recordLostProperty,
  reportIncident,
  returnLostProperty,
  suggestLevel,
} from "./incidents.js";
import {
  createInspectionTemplate,
  getInspection,
  getInspectionTemplate,
  inspectionTrends,
  listInspectionTemplates,
  listInspections,
  saveInspectionAnswers,
  startInspection,
  submitInspection,
} from "./inspections.js";
import { installDailyOpsJobs, listReminders } from "./list-reminders.js";
import { reopenDailyClose } from "./day-order.js";
import { ReopenDailyCloseRequest } from "@ccms/contracts";
import { listCounterStaff } from "./list-staff.js";
import { confirmHandover, followUpFocusIssue, getHandover, getMeeting, listHandovers, listMeetings, meetingSchedule, recordHandover, recordMeeting } from "./meetings-handovers.js";

export const DAILY_OPS_PERMISSION_ACTIONS = [
  "dailyops.read",
  "dailyops.template",
  "dailyops.patrol",
  "dailyops.meeting",
  "dailyops.handover",
  "dailyops.close",
  "dailyops.closeOverride",
  "equipment.manage",
  "equipment.report",
  "incident.manage",
  "lostproperty.manage",
];

export function dailyOpsRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(DAILY_OPS_PERMISSION_ACTIONS);
  // C-03 the cases module records unfinished matters as special matters at daily close.
  specialMattersProvider.current = createSpecialMattersForDay;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/daily-ops";
  const tags = ["daily-ops"];
  const u = (req: { principal: unknown }) => requireUser(req.principal as never);

  installDailyOpsJobs(app, ctx);
  r.get(`${base}/reminders`, { schema: { tags, querystring: RemindersQuery } }, async (req) => listReminders(ctx, u(req), req.query));
  r.get(`${base}/staff`, { schema: { tags, querystring: StaffQuery } }, async (req) => listCounterStaff(ctx, u(req), req.query.counterId));

  // Inspection templates and inspections (D-02, D-04, D-05, D-11)
  r.get(`${base}/inspection-templates`, { schema: { tags, querystring: ListInspectionTemplatesQuery } }, async (req) => listInspectionTemplates(ctx, u(req), req.query));
  r.get(`${base}/inspection-templates/:id`, { schema: { tags, params: IdParams } }, async (req) => getInspectionTemplate(ctx, u(req), req.params.id));
  r.post(`${base}/inspection-templates`, { schema: { tags, body: CreateInspectionTemplateRequest } }, async (req, reply) => reply.status(201).send(await createInspectionTemplate(ctx, u(req), req.body)));
  r.get(`${base}/inspections/trends`, { schema: { tags, querystring: InspectionTrendsQuery } }, async (req) => inspectionTrends(ctx, u(req), req.query));
  r.get(`${base}/inspections/export.xlsx`, { schema: { tags, querystring: ListInspectionsQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "inspections", req.query));
  r.get(`${base}/inspections`, { schema: { tags, querystring: ListInspectionsQuery } }, async (req) => listInspections(ctx, u(req), req.query));
  r.post(`${base}/inspections`, { schema: { tags, body: StartInspectionRequest } }, async (req, reply) => reply.status(201).send(await startInspection(ctx, u(req), req.body)));
  r.get(`${base}/inspections/:id`, { schema: { tags, params: IdParams } }, async (req) => getInspection(ctx, u(req), req.params.id));
  r.put(`${base}/inspections/:id/answers`, { schema: { tags, params: IdParams, body: SaveInspectionAnswersRequest } }, async (req) => saveInspectionAnswers(ctx, u(req), req.params.id, req.body.answers));
  r.post(`${base}/inspections/:id/submit`, { schema: { tags, params: IdParams, body: SubmitInspectionRequest } }, async (req) => submitInspection(ctx, u(req), req.params.id, req.body));

  // Morning meeting (D-01)
  r.get(`${base}/meetings/schedule`, { schema: { tags, querystring: MeetingScheduleQuery } }, async (req) => meetingSchedule(ctx, u(req), req.query));
  r.get(`${base}/meetings/export.xlsx`, { schema: { tags, querystring: ListMeetingsQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "meetings", req.query));
  r.get(`${base}/meetings`, { schema: { tags, querystring: ListMeetingsQuery } }, async (req) => listMeetings(ctx, u(req), req.query));
  r.post(`${base}/meetings`, { schema: { tags, body: RecordMeetingRequest } }, async (req, reply) => reply.status(201).send(await recordMeeting(ctx, u(req), req.body)));
  r.get(`${base}/meetings/:id`, { schema: { tags, params: IdParams } }, async (req) => getMeeting(ctx, u(req), req.params.id));
  r.post(`${base}/meetings/:id/focus-issues/:index/follow-up`, { schema: { tags, params: FollowUpFocusIssueParams, body: FollowUpFocusIssueRequest } }, async (req) =>
    followUpFocusIssue(ctx, u(req), req.params.id, req.params.index, req.body),
  );

  // Shift handover (D-07)
  r.get(`${base}/handovers/export.xlsx`, { schema: { tags, querystring: ListHandoversQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "handovers", req.query));
  r.get(`${base}/handovers`, { schema: { tags, querystring: ListHandoversQuery } }, async (req) => listHandovers(ctx, u(req), req.query));
  r.post(`${base}/handovers`, { schema: { tags, body: RecordHandoverRequest } }, async (req, reply) => reply.status(201).send(await recordHandover(ctx, u(req), req.body)));
  r.get(`${base}/handovers/:id`, { schema: { tags, params: IdParams } }, async (req) => getHandover(ctx, u(req), req.params.id));
  r.post(`${base}/handovers/:id/confirm`, { schema: { tags, params: IdParams, body: ConfirmHandoverRequest } }, async (req) => confirmHandover(ctx, u(req), req.params.id, req.body));

  // Daily close (D-03, D-04, D-06, C-03, K-01, K-02)
  r.get(`${base}/closes/preview`, { schema: { tags, querystring: ClosePreviewQuery } }, async (req) => previewDailyClose(ctx, u(req), req.query));
  r.get(`${base}/closes/export.xlsx`, { schema: { tags, querystring: ListClosesQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "closes", req.query));
  r.get(`${base}/closes`, { schema: { tags, querystring: ListClosesQuery } }, async (req) => listDailyCloses(ctx, u(req), req.query));
  r.post(`${base}/closes`, { schema: { tags, body: CompleteDailyCloseRequest } }, async (req, reply) => reply.status(201).send(await completeDailyClose(ctx, u(req), req.body)));
  r.get(`${base}/closes/:id`, { schema: { tags, params: IdParams } }, async (req) => getDailyClose(ctx, u(req), req.params.id));
  // D-06 reopening a closed business day: the counter manager with a reason (audited).
  r.post(`${base}/closes/:id/reopen`, { schema: { tags, params: IdParams, body: ReopenDailyCloseRequest } }, async (req) => reopenDailyClose(ctx, u(req), req.params.id, req.body));

  // Equipment (D-08)
  r.get(`${base}/equipment/export.xlsx`, { schema: { tags, querystring: ListEquipmentQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "equipment", req.query));
  r.get(`${base}/equipment`, { schema: { tags, querystring: ListEquipmentQuery } }, async (req) => listEquipment(ctx, u(req), req.query));
  r.post(`${base}/equipment`, { schema: { tags, body: RegisterEquipmentRequest } }, async (req, reply) => reply.status(201).send(await registerEquipment(ctx, u(req), req.body)));
  r.get(`${base}/equipment/:id`, { schema: { tags, params: IdParams } }, async (req) => getEquipment(ctx, u(req), req.params.id));
  r.patch(`${base}/equipment/:id`, { schema: { tags, params: IdParams, body: UpdateEquipmentRequest } }, async (req) => updateEquipment(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/equipment/:id/faults`, { schema: { tags, params: IdParams, body: ReportFaultRequest } }, async (req, reply) => reply.status(201).send(await reportFault(ctx, u(req), req.params.id, req.body)));
  r.get(`${base}/equipment-faults/export.xlsx`, { schema: { tags, querystring: ListFaultsQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "equipment-faults", req.query));
  r.get(`${base}/equipment-faults`, { schema: { tags, querystring: ListFaultsQuery } }, async (req) => listFaults(ctx, u(req), req.query));
  r.get(`${base}/equipment-faults/:id`, { schema: { tags, params: IdParams } }, async (req) => getFault(ctx, u(req), req.params.id));
  r.patch(`${base}/equipment-faults/:id`, { schema: { tags, params: IdParams, body: UpdateFaultRequest } }, async (req) => updateFault(ctx, u(req), req.params.id, req.body));

  // Emergencies and drills (D-09)
  r.post(`${base}/incidents/suggest-level`, { schema: { tags, body: SuggestIncidentLevelRequest } }, async (req) => {
    u(req);
    return suggestLevel(req.body.facts);
  });
  r.get(`${base}/incidents/export.xlsx`, { schema: { tags, querystring: ListIncidentsQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "incidents", req.query));
  r.get(`${base}/incidents`, { schema: { tags, querystring: ListIncidentsQuery } }, async (req) => listIncidents(ctx, u(req), req.query));
  r.post(`${base}/incidents`, { schema: { tags, body: ReportIncidentRequest } }, async (req, reply) => reply.status(201).send(await reportIncident(ctx, u(req), req.body)));
  r.get(`${base}/incidents/:id`, { schema: { tags, params: IdParams } }, async (req) => getIncident(ctx, u(req), req.params.id));
  r.post(`${base}/incidents/:id/timeline`, { schema: { tags, params: IdParams, body: AddIncidentEntryRequest } }, async (req) => addIncidentEntry(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/incidents/:id/close`, { schema: { tags, params: IdParams, body: CloseIncidentRequest } }, async (req) => closeIncident(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/drills/export.xlsx`, { schema: { tags, querystring: ListDrillsQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "drills", req.query));
  r.get(`${base}/drills`, { schema: { tags, querystring: ListDrillsQuery } }, async (req) => listDrills(ctx, u(req), req.query));
  r.post(`${base}/drills`, { schema: { tags, body: RecordDrillRequest } }, async (req, reply) => reply.status(201).send(await recordDrill(ctx, u(req), req.body)));

  // Lost property (D-10)
  r.get(`${base}/lost-property/export.xlsx`, { schema: { tags, querystring: ListLostPropertyQuery } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "lost-property", req.query));
  r.get(`${base}/lost-property`, { schema: { tags, querystring: ListLostPropertyQuery } }, async (req) => listLostProperty(ctx, u(req), req.query));
  r.post(`${base}/lost-property`, { schema: { tags, body: RecordLostPropertyRequest } }, async (req, reply) => reply.status(201).send(await recordLostProperty(ctx, u(req), req.body)));
  r.get(`${base}/lost-property/:id`, { schema: { tags, params: IdParams } }, async (req) => getLostProperty(ctx, u(req), req.params.id));
  r.post(`${base}/lost-property/:id/return`, { schema: { tags, params: IdParams, body: ReturnLostPropertyRequest } }, async (req) => returnLostProperty(ctx, u(req), req.params.id, req.body));
}
