/**
 * Shift relief (D-13), pre-shift fitness and weekly team meetings (D-12), urgent events (D-14) —
 * issue 17 items 3–5. Base path /api/v1/daily-ops. Additive changes only.
 */
import { z } from "zod";
import { Id, LocalDate } from "./common.js";

const Text = (max = 2000) => z.string().trim().min(1).max(max);
const OptText = (max = 2000) => z.string().trim().max(max).optional();

// ---------------------------------------------------------------- D-13 shift relief

/** 吞卡记录: a card retained by a machine or the counter. */
export const RetainedCard = z.strictObject({ description: Text(200), holder: OptText(100), keptAt: OptText(200) });
/** 错账信息: an error account carried over to the next shift. */
export const ErrorAccount = z.strictObject({ description: Text(500), amountFen: z.number().int().min(0).max(100_000_000_000).optional(), status: OptText(200) });
/** The D-13 sections of a handover (each listed; an empty list means "none"). */
export const ReliefSections = z.strictObject({
  importantNotices: z.array(Text(500)).max(50),
  retainedCards: z.array(RetainedCard).max(50),
  errorAccounts: z.array(ErrorAccount).max(50),
});
export type ReliefSections = z.infer<typeof ReliefSections>;
/** PUT /api/v1/daily-ops/handovers/:id/relief — the outgoing lead lists the sections (until the shift is closed). */
export const SaveReliefSectionsRequest = ReliefSections;
/** POST /api/v1/daily-ops/handovers/:id/approve-leave — the shift lead (not the outgoing person) lets them leave before relief. */
export const ApproveEarlyLeaveRequest = z.strictObject({ reason: Text(1000) });
/** POST /api/v1/daily-ops/handovers/:id/close-shift — the outgoing lead; 409 relief_not_confirmed without confirmation or approval. */
export const CloseShiftRequest = z.strictObject({ note: OptText(1000) });
export const CloseShiftMode = z.enum(["relieved", "approved"]);
export const ShiftReliefResponse = z.object({
  handoverId: Id,
  counterId: Id,
  handoverStatus: z.enum(["pending", "confirmed"]),
  outgoingLeadId: Id,
  outgoingLeadName: z.string().nullable(),
  incomingLeadId: Id,
  incomingLeadName: z.string().nullable(),
  importantNotices: z.array(z.string()).nullable(),
  retainedCards: z.array(z.object({ description: z.string(), holder: z.string().optional(), keptAt: z.string().optional() })).nullable(),
  errorAccounts: z.array(z.object({ description: z.string(), amountFen: z.number().optional(), status: z.string().optional() })).nullable(),
  missingSections: z.array(z.enum(["importantNotices", "retainedCards", "errorAccounts"])),
  approvedById: Id.nullable(),
  approvedByName: z.string().nullable(),
  approvalReason: z.string().nullable(),
  approvedAt: z.string().nullable(),
  closedById: Id.nullable(),
  closedAt: z.string().nullable(),
  closeMode: CloseShiftMode.nullable(),
  /** Whether the outgoing lead may close now, and if not why. */
  canClose: z.boolean(),
  closeBlock: z.enum(["already_closed", "relief_not_confirmed", "relief_sections_missing"]).nullable(),
});
export type ShiftReliefResponse = z.infer<typeof ShiftReliefResponse>;

/** A record attributed to a shift after a handover (Art.82). */
export const ShiftResponsibility = z.object({
  entityType: z.enum(["incident", "equipment_fault"]),
  entityId: Id,
  counterId: Id,
  handoverId: Id,
  userId: Id,
  userName: z.string().nullable(),
  role: z.enum(["incoming", "outgoing"]),
  recordedAt: z.string(),
});
/** GET /api/v1/daily-ops/shift-responsibilities?counterId=&date= */
export const ListShiftResponsibilitiesQuery = z.strictObject({ counterId: Id, date: LocalDate.optional() });
export const ShiftResponsibilityList = z.object({ items: z.array(ShiftResponsibility) });

// ---------------------------------------------------------------- D-12 fitness and team meetings

export const FitnessVerdict = z.enum(["fit", "unfit"]);
/** POST /api/v1/daily-ops/meetings/:id/fitness — each person's fitness at the pre-shift meeting; an unfit one needs a note. */
export const RecordFitnessRequest = z.strictObject({
  checks: z.array(z.strictObject({ userId: Id, verdict: FitnessVerdict, note: OptText(500) })).min(1).max(100),
});
export const FitnessCheck = z.object({
  id: Id,
  counterId: Id,
  businessDate: LocalDate,
  meetingId: Id.nullable(),
  userId: Id,
  userName: z.string().nullable(),
  verdict: FitnessVerdict,
  note: z.string().nullable(),
  rosterShiftCode: z.string().nullable(),
  rosterAdjustment: z.enum(["removed", "not_rostered"]).nullable(),
  checkedById: Id,
  checkedByName: z.string().nullable(),
  checkedAt: z.string(),
});
export type FitnessCheck = z.infer<typeof FitnessCheck>;
/** GET /api/v1/daily-ops/fitness-checks?counterId=&from=&to= */
export const ListFitnessQuery = z.strictObject({ counterId: Id.optional(), from: LocalDate.optional(), to: LocalDate.optional() });
export const FitnessCheckList = z.object({ items: z.array(FitnessCheck) });

export const TeamMeetingDrill = z.strictObject({ title: Text(200), result: OptText(1000) });
/** POST /api/v1/daily-ops/team-meetings — the shift lead's weekly meeting. */
export const RecordTeamMeetingRequest = z.strictObject({
  counterId: Id,
  heldOn: LocalDate.optional(),
  attendeeIds: z.array(Id).max(100),
  performance: Text(4000),
  drills: z.array(TeamMeetingDrill).max(20).default([]),
  topics: OptText(4000),
});
export type RecordTeamMeetingRequest = z.infer<typeof RecordTeamMeetingRequest>;
export const TeamMeetingResponse = z.object({
  id: Id,
  counterId: Id,
  heldOn: LocalDate,
  weekStart: LocalDate,
  hostId: Id,
  hostName: z.string().nullable(),
  attendees: z.array(z.object({ userId: Id, displayName: z.string().nullable() })),
  performance: z.string(),
  drills: z.array(z.object({ title: z.string(), result: z.string().optional() })),
  topics: z.string().nullable(),
  createdAt: z.string(),
});
export type TeamMeetingResponse = z.infer<typeof TeamMeetingResponse>;
/** GET /api/v1/daily-ops/team-meetings?counterId=&from=&to= — with the weeks that had none. */
export const ListTeamMeetingsQuery = z.strictObject({ counterId: Id, from: LocalDate.optional(), to: LocalDate.optional() });
export const TeamMeetingList = z.object({ items: z.array(TeamMeetingResponse), weeksWithout: z.array(LocalDate), from: LocalDate, to: LocalDate });

// ---------------------------------------------------------------- D-14 urgent events

export const UrgentAckStatus = z.enum(["acknowledged", "awaiting", "overdue", "escalated"]);
export const UrgentEventResponse = z.object({
  incidentId: Id,
  counterId: Id,
  counterName: z.string().nullable(),
  title: z.string(),
  level: z.string(),
  firstResponsibleId: Id,
  firstResponsibleName: z.string().nullable(),
  reportedAt: z.string(),
  reportedToUnitId: Id,
  reportedToUnitName: z.string().nullable(),
  deadlineAt: z.string(),
  status: UrgentAckStatus,
  acknowledgedById: Id.nullable(),
  acknowledgedByName: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  ackNote: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  escalatedToUnitName: z.string().nullable(),
  /** D-13 the shift the event belongs to when recorded after a handover. */
  responsibleShift: z.object({ userId: Id, userName: z.string().nullable(), role: z.enum(["incoming", "outgoing"]) }).nullable(),
});
export type UrgentEventResponse = z.infer<typeof UrgentEventResponse>;
/** GET /api/v1/daily-ops/urgent-events?counterId=&open= */
export const ListUrgentEventsQuery = z.strictObject({ counterId: Id.optional(), open: z.enum(["true", "false"]).optional() });
export const UrgentEventList = z.object({ items: z.array(UrgentEventResponse) });
/** POST /api/v1/daily-ops/incidents/:id/acknowledge — a person of the unit reported to (or above). */
export const AcknowledgeUrgentRequest = z.strictObject({ note: OptText(1000) });
