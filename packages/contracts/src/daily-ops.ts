/**
 * Daily operations (issue 5): inspections (D-02, D-04, D-05, D-11, P-16), morning meeting (D-01),
 * shift handover (D-07), daily close (D-03, D-06, C-03), equipment (D-08), emergencies (D-09),
 * lost property (D-10). Base path /api/v1/daily-ops. Additive changes only.
 */
import { z } from "zod";
import { Id, Instant, LocalDate } from "./common.js";

const Text = (max = 2000) => z.string().trim().min(1).max(max);
const OptText = (max = 2000) => z.string().trim().max(max).optional();
/** A photo is a data URL (image/jpeg|png|webp, base64), kept small by the client (≤ ~400 kB). */
export const PhotoDataUrl = z
  .string()
  .max(600_000)
  .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, "expected an image data URL");

// ---------------------------------------------------------------- inspection templates

export const InspectionKind = z.enum(["patrol", "security_check", "safety_monthly", "environment", "custom"]);
export type InspectionKind = z.infer<typeof InspectionKind>;

export const TemplateItem = z.strictObject({
  key: z.string().min(1).max(60).regex(/^[A-Za-z0-9_.-]+$/),
  text: Text(500),
  /** Points when passed (score = passed weight / applicable weight × 100). */
  weight: z.number().int().min(0).max(100).default(1),
  requirePhotoOnFail: z.boolean().default(false),
  requireCommentOnFail: z.boolean().default(true),
  /** A failure of a critical item also raises a finding (inspection_failure). */
  critical: z.boolean().default(false),
  ruleId: z.string().max(10).optional(),
});
export type TemplateItem = z.infer<typeof TemplateItem>;

export const TemplateSection = z.strictObject({
  key: z.string().min(1).max(60).regex(/^[A-Za-z0-9_.-]+$/),
  title: Text(200),
  items: z.array(TemplateItem).min(1).max(200),
});

/** POST /api/v1/daily-ops/inspection-templates — same code again = a new version. */
export const CreateInspectionTemplateRequest = z.strictObject({
  code: z.string().min(1).max(60).regex(/^[A-Za-z0-9_.-]+$/),
  name: Text(200),
  kind: InspectionKind,
  description: OptText(),
  sections: z.array(TemplateSection).min(1).max(50),
});
export type CreateInspectionTemplateRequest = z.infer<typeof CreateInspectionTemplateRequest>;

export const InspectionTemplateResponse = z.object({
  id: Id,
  code: z.string(),
  version: z.number(),
  name: z.string(),
  kind: InspectionKind,
  description: z.string().nullable(),
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      items: z.array(
        z.object({
          key: z.string(),
          text: z.string(),
          weight: z.number(),
          requirePhotoOnFail: z.boolean(),
          requireCommentOnFail: z.boolean(),
          critical: z.boolean(),
          ruleId: z.string().optional(),
        }),
      ),
    }),
  ),
  /** Only the latest version of a code is current; older versions stay for past inspections. */
  current: z.boolean(),
  createdAt: z.string(),
});
export type InspectionTemplateResponse = z.infer<typeof InspectionTemplateResponse>;
/** GET /api/v1/daily-ops/inspection-templates?kind=&all=true (all=true includes old versions) */
export const ListInspectionTemplatesQuery = z.strictObject({
  kind: InspectionKind.optional(),
  all: z.enum(["true", "false"]).optional(),
});
export const InspectionTemplateList = z.object({ items: z.array(InspectionTemplateResponse) });

// ---------------------------------------------------------------- inspections

export const InspectionAnswerResult = z.enum(["pass", "fail", "na"]);
export const InspectionAnswer = z.strictObject({
  itemKey: z.string().min(1).max(60),
  result: InspectionAnswerResult,
  comment: OptText(1000),
  photos: z.array(PhotoDataUrl).max(4).optional(),
  /** For a failure: who corrects it and by when (default: the inspector, next working day). */
  ownerId: Id.optional(),
  dueDate: LocalDate.optional(),
});
export type InspectionAnswer = z.infer<typeof InspectionAnswer>;

/** POST /api/v1/daily-ops/inspections — starts an inspection (status in_progress). */
export const StartInspectionRequest = z.strictObject({
  counterId: Id,
  templateId: Id,
  /** Default: today in the counter's time zone. */
  businessDate: LocalDate.optional(),
  /** D-05 the monthly inspection is done with the general affairs department: names of participants. */
  participants: z.array(Text(100)).max(20).optional(),
  answers: z.array(InspectionAnswer).max(500).optional(),
});
export type StartInspectionRequest = z.infer<typeof StartInspectionRequest>;

/** PUT /api/v1/daily-ops/inspections/:id/answers — merges answers by itemKey (in_progress only). */
export const SaveInspectionAnswersRequest = z.strictObject({ answers: z.array(InspectionAnswer).min(1).max(500) });
/** POST /api/v1/daily-ops/inspections/:id/submit — every item answered; failures → corrective actions. */
export const SubmitInspectionRequest = z.strictObject({ note: OptText() });

export const InspectionStatus = z.enum(["in_progress", "submitted"]);
export const InspectionResponse = z.object({
  id: Id,
  counterId: Id,
  templateId: Id,
  templateCode: z.string(),
  templateVersion: z.number(),
  templateName: z.string(),
  kind: InspectionKind,
  businessDate: LocalDate,
  inspectorId: Id,
  inspectorName: z.string().nullable(),
  participants: z.array(z.string()),
  status: InspectionStatus,
  answers: z.array(
    z.object({
      itemKey: z.string(),
      result: InspectionAnswerResult,
      comment: z.string().optional(),
      photos: z.array(z.string()).optional(),
      ownerId: z.string().optional(),
      dueDate: z.string().optional(),
    }),
  ),
  /** 0–100, null until submitted. */
  score: z.number().nullable(),
  failedCount: z.number(),
  note: z.string().nullable(),
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
  correctiveActionIds: z.array(Id),
});
export type InspectionResponse = z.infer<typeof InspectionResponse>;
/** GET /api/v1/daily-ops/inspections?counterId=&kind=&from=&to=&status= (list rows omit photos) */
export const ListInspectionsQuery = z.strictObject({
  counterId: Id.optional(),
  kind: InspectionKind.optional(),
  status: InspectionStatus.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
});
export const InspectionList = z.object({ items: z.array(InspectionResponse) });

/** GET /api/v1/daily-ops/inspections/trends?counterId=&kind=&from=&to= — per counter and date. */
export const InspectionTrendsQuery = z.strictObject({
  counterId: Id.optional(),
  kind: InspectionKind.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
});
export const InspectionTrends = z.object({
  points: z.array(
    z.object({ counterId: Id, businessDate: LocalDate, kind: InspectionKind, inspections: z.number(), averageScore: z.number(), failedItems: z.number() }),
  ),
  /** Most failed items over the period. */
  topFailures: z.array(z.object({ templateCode: z.string(), itemKey: z.string(), text: z.string(), failures: z.number() })),
});

// ---------------------------------------------------------------- morning meeting (D-01)

/** GET /api/v1/daily-ops/meetings/schedule?counterId=&date= */
export const MeetingScheduleQuery = z.strictObject({ counterId: Id, date: LocalDate.optional() });
export const MeetingSchedule = z.object({
  counterId: Id,
  date: LocalDate,
  workingDay: z.boolean(),
  openingAt: z.string().nullable(),
  /** 20 and 15 minutes before opening. */
  meetingFrom: z.string().nullable(),
  meetingTo: z.string().nullable(),
  /** Manager and host arrive 5 minutes before the meeting. */
  arriveBy: z.string().nullable(),
});

export const MeetingAttendee = z.strictObject({ userId: Id, present: z.boolean(), note: OptText(200) });
export const MeetingCaseStudy = z.strictObject({ caseId: Id.optional(), title: Text(200), notes: OptText() });
export const MeetingFocusIssue = z.strictObject({ text: Text(1000), ownerId: Id.optional() });

/** POST /api/v1/daily-ops/meetings */
export const RecordMeetingRequest = z.strictObject({
  counterId: Id,
  businessDate: LocalDate.optional(),
  hostId: Id.optional(),
  startedAt: Instant.optional(),
  endedAt: Instant.optional(),
  attendees: z.array(MeetingAttendee).max(100),
  /** Review of yesterday's work and today's notices. */
  review: OptText(4000),
  topics: z.array(Text(1000)).max(50).default([]),
  caseStudies: z.array(MeetingCaseStudy).max(20).default([]),
  focusIssues: z.array(MeetingFocusIssue).max(50).default([]),
});
export type RecordMeetingRequest = z.infer<typeof RecordMeetingRequest>;

/** POST /api/v1/daily-ops/meetings/:id/focus-issues/:index/follow-up */
export const FollowUpFocusIssueParams = z.strictObject({ id: Id, index: z.coerce.number().int().min(0).max(49) });
export const FollowUpFocusIssueRequest = z.strictObject({ note: Text(1000), done: z.boolean().default(false) });

export const MeetingResponse = z.object({
  id: Id,
  counterId: Id,
  businessDate: LocalDate,
  hostId: Id,
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** Scheduled window for that date (D-01), to compare with startedAt. */
  scheduledFrom: z.string().nullable(),
  scheduledTo: z.string().nullable(),
  attendees: z.array(z.object({ userId: Id, displayName: z.string().nullable(), present: z.boolean(), note: z.string().optional() })),
  review: z.string().nullable(),
  topics: z.array(z.string()),
  caseStudies: z.array(z.object({ caseId: z.string().optional(), title: z.string(), notes: z.string().optional() })),
  focusIssues: z.array(
    z.object({
      text: z.string(),
      ownerId: z.string().optional(),
      done: z.boolean(),
      followUps: z.array(z.object({ at: z.string(), byId: z.string(), note: z.string() })),
    }),
  ),
  createdBy: Id,
  createdAt: z.string(),
});
export type MeetingResponse = z.infer<typeof MeetingResponse>;
/** GET /api/v1/daily-ops/meetings?counterId=&from=&to=&openFocus=true */
export const ListMeetingsQuery = z.strictObject({
  counterId: Id.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  openFocus: z.enum(["true", "false"]).optional(),
});
export const MeetingList = z.object({ items: z.array(MeetingResponse) });

// ---------------------------------------------------------------- shift handover (D-07)

export const HandoverPendingItem = z.strictObject({ item: Text(1000), reply: OptText(1000) });
/** POST /api/v1/daily-ops/handovers — by the outgoing lead; 409 emergency_open while an incident is open. */
export const RecordHandoverRequest = z.strictObject({
  counterId: Id,
  businessDate: LocalDate.optional(),
  shift: z.string().trim().min(1).max(40),
  incomingLeadId: Id,
  workDone: Text(4000),
  events: OptText(4000),
  problems: OptText(4000),
  pendingItems: z.array(HandoverPendingItem).max(50).default([]),
  notices: OptText(4000),
  /** D-13 important notices, retained cards (吞卡) and error accounts (错账); may also be listed later (PUT …/relief). */
  relief: z
    .strictObject({
      importantNotices: z.array(Text(500)).max(50),
      retainedCards: z.array(z.strictObject({ description: Text(200), holder: OptText(100), keptAt: OptText(200) })).max(50),
      errorAccounts: z.array(z.strictObject({ description: Text(500), amountFen: z.number().int().min(0).max(100_000_000_000).optional(), status: OptText(200) })).max(50),
    })
    .optional(),
});
export type RecordHandoverRequest = z.infer<typeof RecordHandoverRequest>;
/** POST /api/v1/daily-ops/handovers/:id/confirm — by the incoming lead only. */
export const ConfirmHandoverRequest = z.strictObject({ note: OptText(2000) });
export const HandoverStatus = z.enum(["pending", "confirmed"]);
export const HandoverResponse = z.object({
  id: Id,
  counterId: Id,
  businessDate: LocalDate,
  shift: z.string(),
  outgoingLeadId: Id,
  outgoingLeadName: z.string().nullable(),
  incomingLeadId: Id,
  incomingLeadName: z.string().nullable(),
  workDone: z.string(),
  events: z.string().nullable(),
  problems: z.string().nullable(),
  pendingItems: z.array(z.object({ item: z.string(), reply: z.string().optional() })),
  notices: z.string().nullable(),
  status: HandoverStatus,
  confirmNote: z.string().nullable(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
});
export type HandoverResponse = z.infer<typeof HandoverResponse>;
/** GET /api/v1/daily-ops/handovers?counterId=&from=&to=&status= */
export const ListHandoversQuery = z.strictObject({
  counterId: Id.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  status: HandoverStatus.optional(),
});
export const HandoverList = z.object({ items: z.array(HandoverResponse) });

// ---------------------------------------------------------------- daily close (D-03, D-04, D-06, C-03, K-01, K-02)

export const CloseCheckCode = z.enum([
  "tickets_finished", // no ticket waiting/called/serving (queue)
  "tellers_signed_out", // D-03 every window signed out (queue)
  "items_in_safe", // K-01 every seal and controlled document in the safe
  "hand_backs_done", // K-02 hand-backs due by this date confirmed
  "special_matters_recorded", // C-03 pending cases recorded for next-day contact (cases)
  "equipment_faults", // D-08 open faults (informational)
  "security_check_done", // D-04 end-of-day security check submitted
  "handover_confirmed", // D-07 handovers of the day confirmed (informational)
  "incidents_open", // D-09 open incidents (informational)
  "security_items_fixed", // D-04 failed power/fire/security items fixed (blocking)
  "off_duty_operations", // D-06 off-duty / departed staff operating that day (informational)
  "lunch_duty_served", // CAL-03 someone served at noon (informational)
  "post_review_backlog", // K-12 post-reviews due by the date still pending (informational)
  "hall_equipment_counted", // K-13 shared hall equipment counted by the day's custodian (informational)
]);
export type CloseCheckCode = z.infer<typeof CloseCheckCode>;
export const CloseCheckStatus = z.enum(["passed", "failed", "unavailable"]);
export const CloseCheck = z.object({
  code: CloseCheckCode,
  status: CloseCheckStatus,
  blocking: z.boolean(),
  details: z.record(z.string(), z.unknown()),
});
export type CloseCheck = z.infer<typeof CloseCheck>;

/** GET /api/v1/daily-ops/closes/preview?counterId=&date= — runs the checks, changes nothing. */
export const ClosePreviewQuery = z.strictObject({ counterId: Id, date: LocalDate.optional() });
export const ClosePreview = z.object({
  counterId: Id,
  businessDate: LocalDate,
  alreadyClosed: z.boolean(),
  checks: z.array(CloseCheck),
  /** True when no blocking check failed. ("unavailable" does not block; it is shown.) */
  canClose: z.boolean(),
});
export type ClosePreview = z.infer<typeof ClosePreview>;

/**
 * POST /api/v1/daily-ops/closes — 422 close_blocked (details.checks) while a blocking check fails,
 * unless override (counterManager with dailyops.closeOverride, reason audited); 409 day_already_closed.
 */
export const CompleteDailyCloseRequest = z.strictObject({
  counterId: Id,
  businessDate: LocalDate.optional(),
  notes: OptText(4000),
  override: z.strictObject({ reason: Text(1000) }).optional(),
});
export type CompleteDailyCloseRequest = z.infer<typeof CompleteDailyCloseRequest>;
export const DailyCloseResponse = z.object({
  id: Id,
  counterId: Id,
  businessDate: LocalDate,
  closedById: Id,
  closedByName: z.string().nullable(),
  closedAt: z.string(),
  checks: z.array(CloseCheck),
  overridden: z.boolean(),
  overrideReason: z.string().nullable(),
  notes: z.string().nullable(),
  /** C-03 special matters created for next-day contact (from the cases module), when available. */
  specialMatters: z.unknown().optional(),
});
export type DailyCloseResponse = z.infer<typeof DailyCloseResponse>;
/** GET /api/v1/daily-ops/closes?counterId=&from=&to= */
export const ListClosesQuery = z.strictObject({ counterId: Id.optional(), from: LocalDate.optional(), to: LocalDate.optional() });
export const DailyCloseList = z.object({ items: z.array(DailyCloseResponse) });

// ---------------------------------------------------------------- equipment (D-08)

export const RegisterEquipmentRequest = z.strictObject({
  counterId: Id,
  name: Text(200),
  category: Text(100),
  model: OptText(200),
  serialNo: OptText(200),
  location: OptText(200),
  responsibleUserId: Id,
  maintainer: OptText(200),
  maintainerContact: OptText(200),
});
export type RegisterEquipmentRequest = z.infer<typeof RegisterEquipmentRequest>;
/** PATCH /api/v1/daily-ops/equipment/:id */
export const UpdateEquipmentRequest = z.strictObject({
  name: Text(200).optional(),
  category: Text(100).optional(),
  model: OptText(200),
  serialNo: OptText(200),
  location: OptText(200),
  responsibleUserId: Id.optional(),
  maintainer: OptText(200),
  maintainerContact: OptText(200),
  active: z.boolean().optional(),
});
export const EquipmentResponse = z.object({
  id: Id,
  counterId: Id,
  name: z.string(),
  category: z.string(),
  model: z.string().nullable(),
  serialNo: z.string().nullable(),
  location: z.string().nullable(),
  responsibleUserId: Id,
  responsibleName: z.string().nullable(),
  maintainer: z.string().nullable(),
  maintainerContact: z.string().nullable(),
  active: z.boolean(),
  openFaults: z.number(),
  createdAt: z.string(),
});
export type EquipmentResponse = z.infer<typeof EquipmentResponse>;
/** GET /api/v1/daily-ops/equipment?counterId= */
export const ListEquipmentQuery = z.strictObject({ counterId: Id.optional() });
export const EquipmentList = z.object({ items: z.array(EquipmentResponse) });

/** POST /api/v1/daily-ops/equipment/:id/faults */
export const ReportFaultRequest = z.strictObject({ description: Text(2000), reportedAt: Instant.optional() });
export const FaultStatus = z.enum(["reported", "repairing", "repaired", "unrepairable"]);
/** PATCH /api/v1/daily-ops/equipment-faults/:id — reported → repairing → repaired|unrepairable */
export const UpdateFaultRequest = z.strictObject({
  status: FaultStatus,
  maintainer: OptText(200),
  note: OptText(2000),
});
export const FaultResponse = z.object({
  id: Id,
  equipmentId: Id,
  equipmentName: z.string(),
  counterId: Id,
  description: z.string(),
  status: FaultStatus,
  maintainer: z.string().nullable(),
  reportedById: Id,
  reportedAt: z.string(),
  repairedAt: z.string().nullable(),
  log: z.array(z.object({ at: z.string(), byId: z.string(), status: FaultStatus, note: z.string().optional() })),
});
export type FaultResponse = z.infer<typeof FaultResponse>;
/** GET /api/v1/daily-ops/equipment-faults?counterId=&equipmentId=&open=true */
export const ListFaultsQuery = z.strictObject({ counterId: Id.optional(), equipmentId: Id.optional(), open: z.enum(["true", "false"]).optional() });
export const FaultList = z.object({ items: z.array(FaultResponse) });

// ---------------------------------------------------------------- emergencies (D-09)

export const IncidentLevel = z.enum(["I", "II", "III", "IV"]);
export type IncidentLevel = z.infer<typeof IncidentLevel>;
export const IncidentFacts = z.strictObject({
  surrenderCount: z.number().int().min(0).max(1_000_000).default(0),
  surrenderAmountFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  gatheringCount: z.number().int().min(0).max(1_000_000).default(0),
  deaths: z.number().int().min(0).max(10_000).default(0),
  countersAffected: z.number().int().min(0).max(10_000).default(0),
  naturalDisaster: z.boolean().default(false),
});
export type IncidentFacts = z.infer<typeof IncidentFacts>;
/** POST /api/v1/daily-ops/incidents/suggest-level — pure, changes nothing. */
export const SuggestIncidentLevelRequest = z.strictObject({ facts: IncidentFacts });
export const IncidentLevelSuggestion = z.object({
  /** "I" when any level-I criterion matches, otherwise null (lower levels are set by each company). */
  level: IncidentLevel.nullable(),
  matched: z.array(z.enum(["natural_disaster_several_counters", "mass_surrender_count", "mass_surrender_amount", "gathering", "death"])),
});
export type IncidentLevelSuggestion = z.infer<typeof IncidentLevelSuggestion>;

/** POST /api/v1/daily-ops/incidents — level defaults to the suggestion (or IV); level I notifies HQ, province, local. */
export const ReportIncidentRequest = z.strictObject({
  counterId: Id,
  title: Text(200),
  description: Text(4000),
  occurredAt: Instant.optional(),
  facts: IncidentFacts.default({ surrenderCount: 0, surrenderAmountFen: 0, gatheringCount: 0, deaths: 0, countersAffected: 0, naturalDisaster: false }),
  level: IncidentLevel.optional(),
  /** D-14 an important or urgent event (levels I and II always are): reported upward at once, acknowledgement tracked. */
  urgent: z.boolean().optional(),
});
export type ReportIncidentRequest = z.infer<typeof ReportIncidentRequest>;
/** POST /api/v1/daily-ops/incidents/:id/timeline */
export const AddIncidentEntryRequest = z.strictObject({ note: Text(4000), level: IncidentLevel.optional() });
/** POST /api/v1/daily-ops/incidents/:id/close */
export const CloseIncidentRequest = z.strictObject({ summary: Text(4000) });
export const IncidentStatus = z.enum(["open", "closed"]);
export const IncidentNotificationTarget = z.enum(["hq", "province", "local"]);
export const IncidentNotification = z.object({
  id: Id,
  targetLevel: IncidentNotificationTarget,
  orgUnitId: Id,
  notifiedAt: z.string(),
});
export const IncidentResponse = z.object({
  id: Id,
  counterId: Id,
  title: z.string(),
  description: z.string(),
  occurredAt: z.string(),
  facts: z.object({
    surrenderCount: z.number(),
    surrenderAmountFen: z.number(),
    gatheringCount: z.number(),
    deaths: z.number(),
    countersAffected: z.number(),
    naturalDisaster: z.boolean(),
  }),
  level: IncidentLevel,
  suggestion: IncidentLevelSuggestion,
  status: IncidentStatus,
  reportedById: Id,
  timeline: z.array(z.object({ at: z.string(), byId: z.string().nullable(), kind: z.string(), note: z.string() })),
  notifications: z.array(IncidentNotification),
  closedAt: z.string().nullable(),
  summary: z.string().nullable(),
  createdAt: z.string(),
});
export type IncidentResponse = z.infer<typeof IncidentResponse>;
/** GET /api/v1/daily-ops/incidents?counterId=&status=&from=&to= */
export const ListIncidentsQuery = z.strictObject({
  counterId: Id.optional(),
  status: IncidentStatus.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
});
export const IncidentList = z.object({ items: z.array(IncidentResponse) });

export const DrillKind = z.enum(["drill", "risk_review", "warning"]);
/** POST /api/v1/daily-ops/drills — D-09 regular reviews, warnings and drills are recorded. */
export const RecordDrillRequest = z.strictObject({
  counterId: Id,
  date: LocalDate,
  kind: DrillKind.default("drill"),
  scenario: Text(500),
  participants: z.array(Text(100)).max(100).default([]),
  notes: OptText(4000),
});
export const DrillResponse = z.object({
  id: Id,
  counterId: Id,
  date: LocalDate,
  kind: DrillKind,
  scenario: z.string(),
  participants: z.array(z.string()),
  notes: z.string().nullable(),
  recordedById: Id,
  createdAt: z.string(),
});
/** GET /api/v1/daily-ops/drills?counterId=&from=&to= */
export const ListDrillsQuery = z.strictObject({ counterId: Id.optional(), from: LocalDate.optional(), to: LocalDate.optional() });
export const DrillList = z.object({ items: z.array(DrillResponse) });

// ---------------------------------------------------------------- lost property (D-10)

/** POST /api/v1/daily-ops/lost-property */
export const RecordLostPropertyRequest = z.strictObject({
  counterId: Id,
  description: Text(1000),
  foundAt: Instant.optional(),
  foundPlace: OptText(200),
  foundBy: OptText(100),
  storedAt: OptText(200),
});
/** POST /api/v1/daily-ops/lost-property/:id/return */
export const ReturnLostPropertyRequest = z.strictObject({
  returnedTo: Text(100),
  /** Identity checked (type and last digits only; never the full number). */
  identityNote: OptText(100),
  note: OptText(1000),
});
export const LostPropertyStatus = z.enum(["kept", "returned"]);
export const LostPropertyResponse = z.object({
  id: Id,
  counterId: Id,
  description: z.string(),
  foundAt: z.string(),
  foundPlace: z.string().nullable(),
  foundBy: z.string().nullable(),
  storedAt: z.string().nullable(),
  status: LostPropertyStatus,
  returnedTo: z.string().nullable(),
  identityNote: z.string().nullable(),
  returnedAt: z.string().nullable(),
  note: z.string().nullable(),
  recordedById: Id,
  createdAt: z.string(),
});
/** GET /api/v1/daily-ops/lost-property?counterId=&status= */
export const ListLostPropertyQuery = z.strictObject({ counterId: Id.optional(), status: LostPropertyStatus.optional() });
export const LostPropertyList = z.object({ items: z.array(LostPropertyResponse) });

/**
 * Excel exports (xlsx), same query as the list:
 * GET /api/v1/daily-ops/inspections/export.xlsx, /meetings/export.xlsx, /handovers/export.xlsx,
 * /closes/export.xlsx, /equipment/export.xlsx, /equipment-faults/export.xlsx, /incidents/export.xlsx,
 * /drills/export.xlsx, /lost-property/export.xlsx
 */
/** The 200 body of every export.xlsx route: the workbook's bytes (documented, not serialised). */
export const SpreadsheetFile = z.string().describe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

export const DAILY_OPS_EXPORTS = [
  "inspections",
  "meetings",
  "handovers",
  "closes",
  "equipment",
  "equipment-faults",
  "incidents",
  "drills",
  "lost-property",
] as const;

/**
 * GET /api/v1/daily-ops/staff?counterId= — people working at a counter (for pickers: attendees,
 * incoming lead, owners, custodians), readable with dailyops.read (tellers lack user.read).
 */
export const StaffQuery = z.strictObject({ counterId: Id });
export const StaffMember = z.object({
  id: Id,
  displayName: z.string(),
  roles: z.array(z.string()),
  orgUnitId: Id,
  /** On approved leave today (leave register). */
  onLeaveToday: z.boolean(),
});
export const StaffList = z.object({ items: z.array(StaffMember) });

/**
 * GET /api/v1/daily-ops/reminders?counterId= — what needs attention now at the counters in scope:
 * overdue archive borrowings (K-11), overdue corrective actions, hand-backs due (K-02), open level-I
 * incidents (D-09), unrepaired faults (D-08), open meeting focus issues (D-01). Computed, not stored;
 * the server also publishes them on the counter channel periodically (type "dailyops.reminder").
 */
export const RemindersQuery = z.strictObject({ counterId: Id.optional() });
export const ReminderKind = z.enum(["archive_overdue", "corrective_action_overdue", "hand_back_due", "incident_open", "fault_open", "focus_issue_open", "daily_close_missing"]);
export const Reminder = z.object({
  kind: ReminderKind,
  counterId: Id,
  entityId: Id,
  /** The date it was or is due, when it has one. */
  dueDate: LocalDate.nullable(),
  /** Short data for the screen to phrase (no user-facing text from the server). */
  data: z.record(z.string(), z.unknown()),
});
export const ReminderList = z.object({ items: z.array(Reminder) });
