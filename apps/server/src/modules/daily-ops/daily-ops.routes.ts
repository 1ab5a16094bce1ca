/**
 * Daily operations routes (issue 5): thin — parse with the contract, call one use case; every route
 * declares its response schema (issue 12 item 4). Base /api/v1/daily-ops.
 */
import {
  AddIncidentEntryRequest,
  ClosePreview,
  ClosePreviewQuery,
  CloseIncidentRequest,
  CompleteDailyCloseRequest,
  ConfirmHandoverRequest,
  CreateInspectionTemplateRequest,
  DailyCloseList,
  DailyCloseResponse,
  DrillList,
  DrillResponse,
  EquipmentList,
  EquipmentResponse,
  FaultList,
  FaultResponse,
  FollowUpFocusIssueParams,
  FollowUpFocusIssueRequest,
  HandoverList,
  HandoverResponse,
  IdParams,
  IncidentLevelSuggestion,
  IncidentList,
  IncidentResponse,
  InspectionList,
  InspectionResponse,
  InspectionTemplateList,
  InspectionTemplateResponse,
  InspectionTrends,
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
  LostPropertyList,
  LostPropertyResponse,
  MeetingList,
  MeetingResponse,
  MeetingSchedule,
  MeetingScheduleQuery,
  RecordDrillRequest,
  RecordHandoverRequest,
  RecordLostPropertyRequest,
  RecordMeetingRequest,
  RegisterEquipmentRequest,
  ReminderList,
  RemindersQuery,
  ReopenDailyCloseRequest,
  ReopenDailyCloseResponse,
  ReportFaultRequest,
  ReportIncidentRequest,
  ReturnLostPropertyRequest,
  SaveInspectionAnswersRequest,
  SpreadsheetFile,
  StaffList,
  StaffQuery,
  StartInspectionRequest,
  SubmitInspectionRequest,
  SuggestIncidentLevelRequest,
  UpdateEquipmentRequest,
  UpdateFaultRequest,
} from "@ccms/contracts";
import { suggestIncidentLevel } from "@ccms/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { createSpecialMattersForDay } from "../cases/create-special-matters.js";
import { registerActions } from "../control/permissions.js";
import { addIncidentEntry } from "./add-incident-entry.js";
import { closeIncident } from "./close-incident.js";
import { completeDailyClose } from "./complete-daily-close.js";
import { computeInspectionTrends } from "./compute-inspection-trends.js";
import { confirmHandover } from "./confirm-handover.js";
import { createInspectionTemplate } from "./create-inspection-template.js";
import { dailyOpsReliefRoutes } from "./daily-ops-relief.routes.js";
import { exportDailyOps } from "./daily-ops.exports.js";
import { followUpFocusIssue } from "./follow-up-focus-issue.js";
import { getDailyClose } from "./get-daily-close.js";
import { getEquipment } from "./get-equipment.js";
import { getFault } from "./get-fault.js";
import { getHandover } from "./get-handover.js";
import { getIncident } from "./get-incident.js";
import { getInspection } from "./get-inspection.js";
import { getInspectionTemplate } from "./get-inspection-template.js";
import { getLostProperty } from "./get-lost-property.js";
import { getMeeting } from "./get-meeting.js";
import { getMeetingSchedule } from "./get-meeting-schedule.js";
import { listDailyCloses } from "./list-daily-closes.js";
import { listDrills } from "./list-drills.js";
import { listEquipment } from "./list-equipment.js";
import { listFaults } from "./list-faults.js";
import { listHandovers } from "./list-handovers.js";
import { listIncidents } from "./list-incidents.js";
import { listInspectionTemplates } from "./list-inspection-templates.js";
import { listInspections } from "./list-inspections.js";
import { listLostProperty } from "./list-lost-property.js";
import { listMeetings } from "./list-meetings.js";
import { listReminders } from "./list-reminders.js";
import { listCounterStaff } from "./list-staff.js";
import { previewDailyClose } from "./preview-daily-close.js";
import { recordDrill } from "./record-drill.js";
import { recordHandover } from "./record-handover.js";
import { recordLostProperty } from "./record-lost-property.js";
import { recordMeeting } from "./record-meeting.js";
import { registerEquipment } from "./register-equipment.js";
import { reopenDailyClose } from "./reopen-daily-close.js";
import { reportFault } from "./report-fault.js";
import { reportIncident } from "./report-incident.js";
import { returnLostProperty } from "./return-lost-property.js";
import { saveInspectionAnswers } from "./save-inspection-answers.js";
import { specialMattersProvider } from "./special-matters-seam.js";
import { startInspection } from "./start-inspection.js";
import { submitInspection } from "./submit-inspection.js";
import { installDailyOpsJobs } from "./sweep-daily-ops-reminders.js";
import { updateEquipment } from "./update-equipment.js";
import { updateFault } from "./update-fault.js";

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
  const xlsx = { 200: SpreadsheetFile };

  installDailyOpsJobs(app, ctx);
  // D-12, D-13, D-14 (issue 17 items 3–5)
  dailyOpsReliefRoutes(app, ctx);
  r.get(`${base}/reminders`, { schema: { tags, querystring: RemindersQuery, response: { 200: ReminderList } } }, async (req) => listReminders(ctx, u(req), req.query));
  r.get(`${base}/staff`, { schema: { tags, querystring: StaffQuery, response: { 200: StaffList } } }, async (req) => listCounterStaff(ctx, u(req), req.query.counterId));

  // Inspection templates and inspections (D-02, D-04, D-05, D-11)
  r.get(`${base}/inspection-templates`, { schema: { tags, querystring: ListInspectionTemplatesQuery, response: { 200: InspectionTemplateList } } }, async (req) => listInspectionTemplates(ctx, u(req), req.query));
  r.get(`${base}/inspection-templates/:id`, { schema: { tags, params: IdParams, response: { 200: InspectionTemplateResponse } } }, async (req) => getInspectionTemplate(ctx, u(req), req.params.id));
  r.post(`${base}/inspection-templates`, { schema: { tags, body: CreateInspectionTemplateRequest, response: { 201: InspectionTemplateResponse } } }, async (req, reply) =>
    reply.status(201).send(await createInspectionTemplate(ctx, u(req), req.body)),
  );
  r.get(`${base}/inspections/trends`, { schema: { tags, querystring: InspectionTrendsQuery, response: { 200: InspectionTrends } } }, async (req) => computeInspectionTrends(ctx, u(req), req.query));
  r.get(`${base}/inspections/export.xlsx`, { schema: { tags, querystring: ListInspectionsQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "inspections", req.query));
  r.get(`${base}/inspections`, { schema: { tags, querystring: ListInspectionsQuery, response: { 200: InspectionList } } }, async (req) => listInspections(ctx, u(req), req.query));
  r.post(`${base}/inspections`, { schema: { tags, body: StartInspectionRequest, response: { 201: InspectionResponse } } }, async (req, reply) => reply.status(201).send(await startInspection(ctx, u(req), req.body)));
  r.get(`${base}/inspections/:id`, { schema: { tags, params: IdParams, response: { 200: InspectionResponse } } }, async (req) => getInspection(ctx, u(req), req.params.id));
  r.put(`${base}/inspections/:id/answers`, { schema: { tags, params: IdParams, body: SaveInspectionAnswersRequest, response: { 200: InspectionResponse } } }, async (req) =>
    saveInspectionAnswers(ctx, u(req), req.params.id, req.body.answers),
  );
  r.post(`${base}/inspections/:id/submit`, { schema: { tags, params: IdParams, body: SubmitInspectionRequest, response: { 200: InspectionResponse } } }, async (req) =>
    submitInspection(ctx, u(req), req.params.id, req.body),
  );

  // Morning meeting (D-01)
  r.get(`${base}/meetings/schedule`, { schema: { tags, querystring: MeetingScheduleQuery, response: { 200: MeetingSchedule } } }, async (req) => getMeetingSchedule(ctx, u(req), req.query));
  r.get(`${base}/meetings/export.xlsx`, { schema: { tags, querystring: ListMeetingsQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "meetings", req.query));
  r.get(`${base}/meetings`, { schema: { tags, querystring: ListMeetingsQuery, response: { 200: MeetingList } } }, async (req) => listMeetings(ctx, u(req), req.query));
  r.post(`${base}/meetings`, { schema: { tags, body: RecordMeetingRequest, response: { 201: MeetingResponse } } }, async (req, reply) => reply.status(201).send(await recordMeeting(ctx, u(req), req.body)));
  r.get(`${base}/meetings/:id`, { schema: { tags, params: IdParams, response: { 200: MeetingResponse } } }, async (req) => getMeeting(ctx, u(req), req.params.id));
  r.post(`${base}/meetings/:id/focus-issues/:index/follow-up`, { schema: { tags, params: FollowUpFocusIssueParams, body: FollowUpFocusIssueRequest, response: { 200: MeetingResponse } } }, async (req) =>
    followUpFocusIssue(ctx, u(req), req.params.id, req.params.index, req.body),
  );

  // Shift handover (D-07)
  r.get(`${base}/handovers/export.xlsx`, { schema: { tags, querystring: ListHandoversQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "handovers", req.query));
  r.get(`${base}/handovers`, { schema: { tags, querystring: ListHandoversQuery, response: { 200: HandoverList } } }, async (req) => listHandovers(ctx, u(req), req.query));
  r.post(`${base}/handovers`, { schema: { tags, body: RecordHandoverRequest, response: { 201: HandoverResponse } } }, async (req, reply) => reply.status(201).send(await recordHandover(ctx, u(req), req.body)));
  r.get(`${base}/handovers/:id`, { schema: { tags, params: IdParams, response: { 200: HandoverResponse } } }, async (req) => getHandover(ctx, u(req), req.params.id));
  r.post(`${base}/handovers/:id/confirm`, { schema: { tags, params: IdParams, body: ConfirmHandoverRequest, response: { 200: HandoverResponse } } }, async (req) => confirmHandover(ctx, u(req), req.params.id, req.body));

  // Daily close (D-03, D-04, D-06, C-03, K-01, K-02)
  r.get(`${base}/closes/preview`, { schema: { tags, querystring: ClosePreviewQuery, response: { 200: ClosePreview } } }, async (req) => previewDailyClose(ctx, u(req), req.query));
  r.get(`${base}/closes/export.xlsx`, { schema: { tags, querystring: ListClosesQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "closes", req.query));
  r.get(`${base}/closes`, { schema: { tags, querystring: ListClosesQuery, response: { 200: DailyCloseList } } }, async (req) => listDailyCloses(ctx, u(req), req.query));
  r.post(`${base}/closes`, { schema: { tags, body: CompleteDailyCloseRequest, response: { 201: DailyCloseResponse } } }, async (req, reply) => reply.status(201).send(await completeDailyClose(ctx, u(req), req.body)));
  r.get(`${base}/closes/:id`, { schema: { tags, params: IdParams, response: { 200: DailyCloseResponse } } }, async (req) => getDailyClose(ctx, u(req), req.params.id));
  // D-06 reopening a closed business day: the counter manager with a reason (audited).
  r.post(`${base}/closes/:id/reopen`, { schema: { tags, params: IdParams, body: ReopenDailyCloseRequest, response: { 200: ReopenDailyCloseResponse } } }, async (req) =>
    reopenDailyClose(ctx, u(req), req.params.id, req.body),
  );

  // Equipment (D-08)
  r.get(`${base}/equipment/export.xlsx`, { schema: { tags, querystring: ListEquipmentQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "equipment", req.query));
  r.get(`${base}/equipment`, { schema: { tags, querystring: ListEquipmentQuery, response: { 200: EquipmentList } } }, async (req) => listEquipment(ctx, u(req), req.query));
  r.post(`${base}/equipment`, { schema: { tags, body: RegisterEquipmentRequest, response: { 201: EquipmentResponse } } }, async (req, reply) => reply.status(201).send(await registerEquipment(ctx, u(req), req.body)));
  r.get(`${base}/equipment/:id`, { schema: { tags, params: IdParams, response: { 200: EquipmentResponse } } }, async (req) => getEquipment(ctx, u(req), req.params.id));
  r.patch(`${base}/equipment/:id`, { schema: { tags, params: IdParams, body: UpdateEquipmentRequest, response: { 200: EquipmentResponse } } }, async (req) => updateEquipment(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/equipment/:id/faults`, { schema: { tags, params: IdParams, body: ReportFaultRequest, response: { 201: FaultResponse } } }, async (req, reply) =>
    reply.status(201).send(await reportFault(ctx, u(req), req.params.id, req.body)),
  );
  r.get(`${base}/equipment-faults/export.xlsx`, { schema: { tags, querystring: ListFaultsQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "equipment-faults", req.query));
  r.get(`${base}/equipment-faults`, { schema: { tags, querystring: ListFaultsQuery, response: { 200: FaultList } } }, async (req) => listFaults(ctx, u(req), req.query));
  r.get(`${base}/equipment-faults/:id`, { schema: { tags, params: IdParams, response: { 200: FaultResponse } } }, async (req) => getFault(ctx, u(req), req.params.id));
  r.patch(`${base}/equipment-faults/:id`, { schema: { tags, params: IdParams, body: UpdateFaultRequest, response: { 200: FaultResponse } } }, async (req) => updateFault(ctx, u(req), req.params.id, req.body));

  // Emergencies and drills (D-09)
  r.post(`${base}/incidents/suggest-level`, { schema: { tags, body: SuggestIncidentLevelRequest, response: { 200: IncidentLevelSuggestion } } }, async (req) => {
    u(req);
    return suggestIncidentLevel(req.body.facts);
  });
  r.get(`${base}/incidents/export.xlsx`, { schema: { tags, querystring: ListIncidentsQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "incidents", req.query));
  r.get(`${base}/incidents`, { schema: { tags, querystring: ListIncidentsQuery, response: { 200: IncidentList } } }, async (req) => listIncidents(ctx, u(req), req.query));
  r.post(`${base}/incidents`, { schema: { tags, body: ReportIncidentRequest, response: { 201: IncidentResponse } } }, async (req, reply) => reply.status(201).send(await reportIncident(ctx, u(req), req.body)));
  r.get(`${base}/incidents/:id`, { schema: { tags, params: IdParams, response: { 200: IncidentResponse } } }, async (req) => getIncident(ctx, u(req), req.params.id));
  r.post(`${base}/incidents/:id/timeline`, { schema: { tags, params: IdParams, body: AddIncidentEntryRequest, response: { 200: IncidentResponse } } }, async (req) => addIncidentEntry(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/incidents/:id/close`, { schema: { tags, params: IdParams, body: CloseIncidentRequest, response: { 200: IncidentResponse } } }, async (req) => closeIncident(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/drills/export.xlsx`, { schema: { tags, querystring: ListDrillsQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "drills", req.query));
  r.get(`${base}/drills`, { schema: { tags, querystring: ListDrillsQuery, response: { 200: DrillList } } }, async (req) => listDrills(ctx, u(req), req.query));
  r.post(`${base}/drills`, { schema: { tags, body: RecordDrillRequest, response: { 201: DrillResponse } } }, async (req, reply) => reply.status(201).send(await recordDrill(ctx, u(req), req.body)));

  // Lost property (D-10)
  r.get(`${base}/lost-property/export.xlsx`, { schema: { tags, querystring: ListLostPropertyQuery, response: xlsx } }, async (req, reply) => exportDailyOps(ctx, u(req), reply, "lost-property", req.query));
  r.get(`${base}/lost-property`, { schema: { tags, querystring: ListLostPropertyQuery, response: { 200: LostPropertyList } } }, async (req) => listLostProperty(ctx, u(req), req.query));
  r.post(`${base}/lost-property`, { schema: { tags, body: RecordLostPropertyRequest, response: { 201: LostPropertyResponse } } }, async (req, reply) =>
    reply.status(201).send(await recordLostProperty(ctx, u(req), req.body)),
  );
  r.get(`${base}/lost-property/:id`, { schema: { tags, params: IdParams, response: { 200: LostPropertyResponse } } }, async (req) => getLostProperty(ctx, u(req), req.params.id));
  r.post(`${base}/lost-property/:id/return`, { schema: { tags, params: IdParams, body: ReturnLostPropertyRequest, response: { 200: LostPropertyResponse } } }, async (req) =>
    returnLostProperty(ctx, u(req), req.params.id, req.body),
  );
}
