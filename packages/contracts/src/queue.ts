/**
 * Queue and counter service (issue 3): kiosk, priority queue, teller console, hall display,
 * live monitor, rating, appointments. Every request body/query/params and every response.
 * Stable: later changes are additive only.
 */
import { z } from "zod";
import { Id, LocalDate, LocalTime } from "./common.js";

// ---------------------------------------------------------------- enums

/** Ticket lifecycle: waiting → called → serving → finished | noShow | transferred | cancelled. */
export const TicketStatus = z.enum(["waiting", "called", "serving", "finished", "noShow", "transferred", "cancelled"]);
export type TicketStatus = z.infer<typeof TicketStatus>;
/** Priority class of a ticket. "appointment" only comes from an appointment check-in. */
export const TicketPriority = z.enum(["normal", "vip", "green", "appointment"]);
export type TicketPriority = z.infer<typeof TicketPriority>;
/** Priority a caller may ask for when issuing (a kiosk may ask only "normal"). */
export const IssuePriority = z.enum(["normal", "vip", "green"]);
export type IssuePriority = z.infer<typeof IssuePriority>;
/** Q-11 outcome of a finished service. */
export const ServiceOutcome = z.enum(["done", "accepted", "documents_incomplete", "referred"]);
export type ServiceOutcome = z.infer<typeof ServiceOutcome>;
/** Derived window state: offline = no teller signed in. */
export const WindowState = z.enum(["offline", "idle", "called", "serving", "paused"]);
export type WindowState = z.infer<typeof WindowState>;
export const QueueWeekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
export type QueueWeekday = z.infer<typeof QueueWeekday>;
/** Business type code: default codes new_business, policy_service, claim, enquiry, complaint. */
export const BusinessTypeCode = z.string().trim().min(1).max(40).regex(/^[a-z][a-z0-9_]*$/, "lower-case letters, digits and _ only");
export const TicketPrefix = z.string().trim().min(1).max(3).regex(/^[A-Z]+$/, "upper-case letters only");

// ---------------------------------------------------------------- params

export const QueueCounterParams = z.strictObject({ counterId: Id });
export const WindowIdParams = z.strictObject({ windowId: Id });
export const TicketIdParams = z.strictObject({ id: Id });
export const BusinessTypeIdParams = z.strictObject({ id: Id });
export const AppointmentIdParams = z.strictObject({ id: Id });
export const AppointmentSlotIdParams = z.strictObject({ id: Id });

// ---------------------------------------------------------------- business types

export const BusinessTypeResponse = z.object({
  id: Id,
  counterId: Id,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  prefix: z.string(),
  active: z.boolean(),
  /** Weekdays on which the type is served; a ticket for it is refused on other days. */
  servedDays: z.array(QueueWeekday),
  sortOrder: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BusinessTypeResponse = z.infer<typeof BusinessTypeResponse>;
export const BusinessTypeList = z.object({ items: z.array(BusinessTypeResponse) });

export const CreateBusinessTypeRequest = z.strictObject({
  code: BusinessTypeCode,
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(80),
  prefix: TicketPrefix,
  active: z.boolean().optional(),
  servedDays: z.array(QueueWeekday).max(7).optional(),
  sortOrder: z.number().int().min(0).max(1000).optional(),
});
export type CreateBusinessTypeRequest = z.infer<typeof CreateBusinessTypeRequest>;
export const UpdateBusinessTypeRequest = z.strictObject({
  nameZh: z.string().trim().min(1).max(50).optional(),
  nameEn: z.string().trim().min(1).max(80).optional(),
  prefix: TicketPrefix.optional(),
  active: z.boolean().optional(),
  servedDays: z.array(QueueWeekday).max(7).optional(),
  sortOrder: z.number().int().min(0).max(1000).optional(),
});
export type UpdateBusinessTypeRequest = z.infer<typeof UpdateBusinessTypeRequest>;

// ---------------------------------------------------------------- queue settings

export const QueueSettings = z.object({
  counterId: Id,
  /** Anti-starvation: a normal ticket waiting longer than this is served next. */
  normalWaitLimitMinutes: z.number(),
  /** Anti-starvation: after K consecutive priority calls at a window, a waiting normal ticket is next. */
  maxConsecutivePriorityCalls: z.number(),
  /** Recalls allowed before the teller must mark a no-show. */
  recallLimit: z.number(),
  /** Q-06 handling-time limit (minutes). */
  handlingLimitMinutes: z.number(),
  /** Q-07 daily-average waiting target (minutes). */
  waitTargetMinutes: z.number(),
  /** Q-07 peak waiting limit (minutes): a single wait past this is an alert. */
  peakWaitLimitMinutes: z.number(),
  /** Alert this many minutes before a limit is passed ("about to"). */
  alertLeadMinutes: z.number(),
  updatedAt: z.string(),
});
export type QueueSettings = z.infer<typeof QueueSettings>;
export const UpdateQueueSettingsRequest = z.strictObject({
  normalWaitLimitMinutes: z.number().int().min(1).max(240).optional(),
  maxConsecutivePriorityCalls: z.number().int().min(1).max(50).optional(),
  recallLimit: z.number().int().min(0).max(10).optional(),
  handlingLimitMinutes: z.number().int().min(1).max(240).optional(),
  waitTargetMinutes: z.number().int().min(1).max(240).optional(),
  peakWaitLimitMinutes: z.number().int().min(1).max(480).optional(),
  alertLeadMinutes: z.number().int().min(0).max(60).optional(),
});
export type UpdateQueueSettingsRequest = z.infer<typeof UpdateQueueSettingsRequest>;

// ---------------------------------------------------------------- tickets

export const TicketRating = z.object({ score: z.number(), comment: z.string().nullable(), createdAt: z.string() });
export const TicketResponse = z.object({
  id: Id,
  counterId: Id,
  /** Display number, e.g. "A001" (prefix + sequence per counter, type and business date). */
  number: z.string(),
  businessType: z.string(),
  businessTypeNameZh: z.string(),
  businessTypeNameEn: z.string(),
  priority: TicketPriority,
  status: TicketStatus,
  businessDate: LocalDate,
  issuedAt: z.string(),
  /** Issue time of the customer's first ticket (kept across transfers for waiting statistics). */
  originalIssuedAt: z.string(),
  windowId: Id.nullable(),
  windowNumber: z.number().nullable(),
  /** Set when transferred to one specific window: only that window calls it. */
  targetWindowId: Id.nullable(),
  calledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  recallCount: z.number(),
  outcome: ServiceOutcome.nullable(),
  missingDocuments: z.array(z.string()),
  appointmentId: Id.nullable(),
  transferredFromId: Id.nullable(),
  transferredToId: Id.nullable(),
  rating: TicketRating.nullable(),
});
export type TicketResponse = z.infer<typeof TicketResponse>;

/** Body of POST /counters/{counterId}/tickets. Header `Idempotency-Key` (≤ 100 chars) makes retries safe. */
export const IssueTicketRequest = z.strictObject({
  businessType: BusinessTypeCode,
  priority: IssuePriority.default("normal"),
  appointmentId: Id.optional(),
});
export type IssueTicketRequest = z.input<typeof IssueTicketRequest>;
/** 201: the ticket plus how many are waiting ahead of it. */
export const IssueTicketResponse = TicketResponse.extend({ waitingAhead: z.number() });
export type IssueTicketResponse = z.infer<typeof IssueTicketResponse>;

/** GET /tickets/{id}/print: what the kiosk prints. */
export const TicketPrintResponse = z.object({
  id: Id,
  number: z.string(),
  counterId: Id,
  counterName: z.string(),
  businessType: z.string(),
  businessTypeNameZh: z.string(),
  businessTypeNameEn: z.string(),
  priority: TicketPriority,
  issuedAt: z.string(),
  businessDate: LocalDate,
  waitingAhead: z.number(),
  status: TicketStatus,
});
export type TicketPrintResponse = z.infer<typeof TicketPrintResponse>;

export const CallNextResponse = z.object({ ticket: TicketResponse.nullable() });
export type CallNextResponse = z.infer<typeof CallNextResponse>;
export const TicketActionResponse = z.object({ ticket: TicketResponse });
export type TicketActionResponse = z.infer<typeof TicketActionResponse>;
/** Transfer: the old ticket becomes "transferred", a new waiting ticket (same number) is created. */
export const TransferTicketRequest = z.union([
  z.strictObject({ businessType: BusinessTypeCode }),
  z.strictObject({ windowId: Id }),
]);
export type TransferTicketRequest = z.infer<typeof TransferTicketRequest>;
export const TransferTicketResponse = z.object({ ticket: TicketResponse, newTicket: TicketResponse });
export type TransferTicketResponse = z.infer<typeof TransferTicketResponse>;
export const FinishTicketRequest = z.strictObject({
  outcome: ServiceOutcome,
  /** Q-06 one-time notice: every missing item, required when outcome is documents_incomplete. */
  missingDocuments: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
});
export type FinishTicketRequest = z.infer<typeof FinishTicketRequest>;
export const CancelTicketRequest = z.strictObject({ reason: z.string().trim().max(200).optional() });
export const QueueEmptyRequest = z.strictObject({}).optional();

export const RateTicketRequest = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).optional(),
});
export type RateTicketRequest = z.infer<typeof RateTicketRequest>;
export const RatingResponse = z.object({ ticketId: Id, score: z.number(), comment: z.string().nullable(), createdAt: z.string() });
export type RatingResponse = z.infer<typeof RatingResponse>;

// ---------------------------------------------------------------- windows

export const WindowResponse = z.object({
  id: Id,
  counterId: Id,
  number: z.number(),
  name: z.string().nullable(),
  businessTypes: z.array(z.string()),
  vip: z.boolean(),
  greenChannel: z.boolean(),
  active: z.boolean(),
  state: WindowState,
  tellerId: Id.nullable(),
  tellerName: z.string().nullable(),
  signedInAt: z.string().nullable(),
  pausedReason: z.string().nullable(),
  pausedAt: z.string().nullable(),
  /** The ticket called or being served at this window. */
  currentTicket: TicketResponse.nullable(),
  consecutivePriorityCalls: z.number(),
});
export type WindowResponse = z.infer<typeof WindowResponse>;
export const WindowList = z.object({ items: z.array(WindowResponse) });

export const CreateWindowRequest = z.strictObject({
  number: z.number().int().min(1).max(999),
  businessTypes: z.array(BusinessTypeCode).min(1).max(50),
  vip: z.boolean().optional(),
  greenChannel: z.boolean().optional(),
  name: z.string().trim().min(1).max(50).optional(),
});
export type CreateWindowRequest = z.infer<typeof CreateWindowRequest>;
export const UpdateWindowRequest = z.strictObject({
  businessTypes: z.array(BusinessTypeCode).min(1).max(50).optional(),
  vip: z.boolean().optional(),
  greenChannel: z.boolean().optional(),
  name: z.string().trim().min(1).max(50).nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateWindowRequest = z.infer<typeof UpdateWindowRequest>;
export const PauseWindowRequest = z.strictObject({ reason: z.string().trim().min(1).max(200) });
export type PauseWindowRequest = z.infer<typeof PauseWindowRequest>;
export const RaiseHandRequest = z.strictObject({ message: z.string().trim().max(200).optional() });

/** GET /windows/mine: the teller's current window (if signed in) and the windows of their counter(s). */
export const MyWindowsResponse = z.object({
  current: WindowResponse.nullable(),
  windows: z.array(WindowResponse),
  /** Tickets this teller finished today (the counter's business date). */
  servedToday: z.number(),
});
export type MyWindowsResponse = z.infer<typeof MyWindowsResponse>;
/** GET /windows/{windowId}/latest-finished: for the rating pad. */
export const LatestFinishedResponse = z.object({ ticket: TicketResponse.nullable() });
export type LatestFinishedResponse = z.infer<typeof LatestFinishedResponse>;

// ---------------------------------------------------------------- queue view (display)

export const QueueResponse = z.object({
  counterId: Id,
  counterName: z.string(),
  at: z.string(),
  /** CAL-04: false outside business hours ("暂停营业"). */
  open: z.boolean(),
  /** Waiting tickets in call order (counter-wide order; a window only calls the types it serves). */
  waiting: z.array(TicketResponse),
  windows: z.array(WindowResponse),
  /** Most recent calls first (for the display's call list). */
  recentCalls: z.array(TicketResponse),
  /** Last event id at the time of the snapshot: pass as Last-Event-ID to resume the SSE stream. */
  lastEventId: z.string().nullable(),
  /** CAL-04 the next instant `open` flips (devices set a timer to it); null when unknown. */
  nextChangeAt: z.string().nullable().optional(),
  /** CAL-04 the next opening (shown on a closed hall display). */
  nextOpeningAt: z.string().nullable().optional(),
  /** Q-05 tickets being called or served now at a staffed, active window (never finished, skipped or transferred ones). */
  currentCalls: z.array(TicketResponse).optional(),
});
export type QueueResponse = z.infer<typeof QueueResponse>;

// ---------------------------------------------------------------- monitor (Q-06, Q-07, ORG-03)

export const QueueMonitorAlertKind = z.enum([
  "wait_exceeded",
  "wait_near_limit",
  "service_exceeded",
  "service_near_limit",
  "average_wait_exceeded",
  "average_wait_near_target",
  "vip_window_missing",
]);
export type QueueMonitorAlertKind = z.infer<typeof QueueMonitorAlertKind>;
export const QueueMonitorAlert = z.object({
  kind: QueueMonitorAlertKind,
  severity: z.enum(["warning", "critical"]),
  /** Rule id: or ORG-03. */
  rule: z.string(),
  ticketId: Id.nullable(),
  ticketNumber: z.string().nullable(),
  windowId: Id.nullable(),
  windowNumber: z.number().nullable(),
  /** Elapsed seconds (wait or service) and the limit in seconds. */
  seconds: z.number().nullable(),
  limitSeconds: z.number().nullable(),
});
export type QueueMonitorAlert = z.infer<typeof QueueMonitorAlert>;
export const QueueMonitorTypeRow = z.object({
  businessType: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  waiting: z.number(),
  longestWaitSeconds: z.number(),
  /** Projected wait for a ticket issued now (seconds). */
  projectedWaitSeconds: z.number(),
  openWindows: z.number(),
});
export const QueueMonitorWindowRow = WindowResponse.extend({
  /** Seconds since the current ticket was started (serving) or called. */
  currentSeconds: z.number().nullable(),
  servedToday: z.number(),
});
export const QueueMonitorResponse = z.object({
  counterId: Id,
  at: z.string(),
  open: z.boolean(),
  waiting: z.number(),
  longestWaitSeconds: z.number(),
  todayAvgWaitSeconds: z.number().nullable(),
  tellersOnDuty: z.number(),
  byType: z.array(QueueMonitorTypeRow),
  windows: z.array(QueueMonitorWindowRow),
  alerts: z.array(QueueMonitorAlert),
  settings: QueueSettings,
});
export type QueueMonitorResponse = z.infer<typeof QueueMonitorResponse>;

// ---------------------------------------------------------------- stats

export const QueueStatsQuery = z.strictObject({ from: LocalDate, to: LocalDate });
export const QueueStatsBlock = z.object({
  issued: z.number(),
  served: z.number(),
  noShow: z.number(),
  avgWaitSeconds: z.number().nullable(),
  maxWaitSeconds: z.number().nullable(),
  p90WaitSeconds: z.number().nullable(),
  avgServiceSeconds: z.number().nullable(),
  waitWithin15MinRate: z.number().nullable(),
  serviceWithin15MinRate: z.number().nullable(),
  /** ratings with score ≥ 4 over all ratings (null when none). */
  satisfactionRate: z.number().nullable(),
});
export type QueueStatsBlock = z.infer<typeof QueueStatsBlock>;
export const QueueStatsResponse = QueueStatsBlock.extend({
  counterId: Id,
  from: LocalDate,
  to: LocalDate,
  ratings: z.number(),
  byBusinessType: z.array(QueueStatsBlock.extend({ businessType: z.string() })),
  byWindow: z.array(QueueStatsBlock.extend({ windowId: Id, windowNumber: z.number() })),
  /** Local hour (0–23) of the original issue time; only hours with tickets. */
  byHour: z.array(
    z.object({ hour: z.number().int(), issued: z.number(), served: z.number(), avgWaitSeconds: z.number().nullable(), maxWaitSeconds: z.number().nullable() }),
  ),
});
export type QueueStatsResponse = z.infer<typeof QueueStatsResponse>;

// ---------------------------------------------------------------- SSE events

/** SSE `event:` names on GET /counters/{counterId}/events. `id:` is monotonic; send it back as Last-Event-ID. */
export const QueueEventType = z.enum([
  "ticket.issued",
  "ticket.called",
  "ticket.recalled",
  "ticket.started",
  "ticket.finished",
  "ticket.noShow",
  "ticket.transferred",
  "ticket.cancelled",
  "ticket.rated",
  "window.created",
  "window.updated",
  "window.signedIn",
  "window.signedOut",
  "window.paused",
  "window.resumed",
  "window.raiseHand",
  "settings.updated",
  /** ORG-03 finding started (message "vip_window_missing"). */
  "counter.finding",
  /** CAL-04 the counter's opening hours began / ended (published at the boundary). */
  "counter.opened",
  "counter.closed",
  /** Q-07 / Q-09 / CAL-03 a service target alert raised by the interval job (message = the alert kind). */
  "counter.alert",
]);
export type QueueEventType = z.infer<typeof QueueEventType>;
/** GET /api/v1/tickets/{id}/history: the ticket's queue events, oldest first. */
export const TicketHistory = z.object({
  items: z.array(z.object({ id: z.string(), type: QueueEventType, at: z.string(), actorId: z.string().nullable(), windowId: z.string().nullable() })),
});
export type TicketHistory = z.infer<typeof TicketHistory>;
/** `data:` of every SSE event (JSON). ticket/window present when the event concerns them. */
export const QueueEvent = z.object({
  id: z.string(),
  type: QueueEventType,
  counterId: Id,
  at: z.string(),
  ticket: TicketResponse.nullable(),
  window: WindowResponse.omit({ currentTicket: true }).nullable(),
  /** Waiting tickets at the counter after the event. */
  waitingCount: z.number(),
  /** raiseHand message, pause reason … */
  message: z.string().nullable(),
});
export type QueueEvent = z.infer<typeof QueueEvent>;

// ---------------------------------------------------------------- appointments

export const AppointmentKind = z.enum(["elderly", "vipRoom"]);
export type AppointmentKind = z.infer<typeof AppointmentKind>;
/** elderly: confirmed at booking. vipRoom: pending → approved (counter head) → confirmed (≥ 2 days ahead). */
export const AppointmentStatus = z.enum(["pending", "approved", "confirmed", "rejected", "cancelled", "checkedIn"]);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const AppointmentSlotResponse = z.object({
  id: Id,
  counterId: Id,
  kind: AppointmentKind,
  weekdays: z.array(QueueWeekday),
  startTime: LocalTime,
  endTime: LocalTime,
  capacity: z.number(),
  businessType: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type AppointmentSlotResponse = z.infer<typeof AppointmentSlotResponse>;
export const AppointmentSlotList = z.object({ items: z.array(AppointmentSlotResponse) });
export const CreateAppointmentSlotRequest = z
  .strictObject({
    kind: AppointmentKind,
    weekdays: z.array(QueueWeekday).min(1).max(7),
    startTime: LocalTime,
    endTime: LocalTime,
    capacity: z.number().int().min(1).max(500),
    businessType: BusinessTypeCode.optional(),
  })
  .refine((s) => s.startTime < s.endTime, { message: "startTime must be before endTime", path: ["endTime"] });
export type CreateAppointmentSlotRequest = z.infer<typeof CreateAppointmentSlotRequest>;
export const UpdateAppointmentSlotRequest = z.strictObject({
  capacity: z.number().int().min(1).max(500).optional(),
  active: z.boolean().optional(),
  weekdays: z.array(QueueWeekday).min(1).max(7).optional(),
});

export const AppointmentAvailabilityQuery = z.strictObject({ date: LocalDate, kind: AppointmentKind.optional() });
export const AppointmentAvailabilityResponse = z.object({
  counterId: Id,
  date: LocalDate,
  /** False when the counter does not work that day (holiday, weekend, closure). */
  workingDay: z.boolean(),
  items: z.array(
    z.object({
      slotId: Id,
      kind: AppointmentKind,
      startTime: LocalTime,
      endTime: LocalTime,
      capacity: z.number(),
      booked: z.number(),
      remaining: z.number(),
      businessType: z.string().nullable(),
    }),
  ),
});
export type AppointmentAvailabilityResponse = z.infer<typeof AppointmentAvailabilityResponse>;

export const BookAppointmentRequest = z.strictObject({
  slotId: Id,
  date: LocalDate,
  customerName: z.string().trim().min(1).max(50),
  customerPhone: z.string().trim().min(5).max(30).optional(),
  businessType: BusinessTypeCode.optional(),
  note: z.string().trim().max(500).optional(),
});
export type BookAppointmentRequest = z.infer<typeof BookAppointmentRequest>;

export const AppointmentResponse = z.object({
  id: Id,
  counterId: Id,
  slotId: Id,
  kind: AppointmentKind,
  date: LocalDate,
  startTime: LocalTime,
  endTime: LocalTime,
  status: AppointmentStatus,
  customerName: z.string(),
  customerPhone: z.string().nullable(),
  businessType: z.string().nullable(),
  note: z.string().nullable(),
  bookedBy: Id.nullable(),
  bookedByName: z.string().nullable(),
  bookedAt: z.string(),
  approvedBy: Id.nullable(),
  approvedAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  rejectedReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  ticketId: Id.nullable(),
});
export type AppointmentResponse = z.infer<typeof AppointmentResponse>;
export const AppointmentList = z.object({ items: z.array(AppointmentResponse) });
export const ListAppointmentsQuery = z.strictObject({
  date: LocalDate.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  status: AppointmentStatus.optional(),
  kind: AppointmentKind.optional(),
});
export const RejectAppointmentRequest = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export const CancelAppointmentRequest = z.strictObject({ reason: z.string().trim().max(500).optional() });
export const CheckInAppointmentRequest = z.strictObject({ businessType: BusinessTypeCode.optional() });
export const CheckInResponse = z.object({ appointment: AppointmentResponse, ticket: IssueTicketResponse });
export type CheckInResponse = z.infer<typeof CheckInResponse>;
