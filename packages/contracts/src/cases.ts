/**
 * Cases module contracts (issue 4, rules C-01…C-17): enquiries, complaints, special matters, opinions
 * and internal service cases with working-day time limits. Stable: only additive changes.
 */
import { z } from "zod";
import { Id, Instant, LocalDate } from "./common.js";

// ---------------------------------------------------------------- vocabularies
export const CaseKind = z.enum(["enquiry", "complaint", "special", "opinion", "internal", "internalEnquiry", "misconduct"]);
export type CaseKind = z.infer<typeof CaseKind>;

/** C-04 channels. */
export const CaseChannel = z.enum([
  "counter",
  "hotline",
  "phone",
  "letter",
  "visit",
  "opinionBox",
  "opinionBook",
  "regulator",
  "government",
]);
export type CaseChannel = z.infer<typeof CaseChannel>;

/**
 * received → accepted → investigating (⇄ waiting: clock paused) → replied → callback → closed;
 * reconsideration (C-09) from replied/callback/closed; archivedUnsatisfied (C-10) from callback.
 */
export const CaseState = z.enum([
  "received",
  "accepted",
  "investigating",
  "waiting",
  "replied",
  "callback",
  "closed",
  "reconsideration",
  "archivedUnsatisfied",
]);
export type CaseState = z.infer<typeof CaseState>;

export const HandlingLevel = z.enum(["outlet", "city", "province", "hq"]);
export type HandlingLevel = z.infer<typeof HandlingLevel>;

export const MetricCode = z.enum(["acceptance", "firstContact", "reply", "reconsiderationDecision", "callback"]);
export type MetricCode = z.infer<typeof MetricCode>;

export const ClockKind = z.enum(["workingDays", "calendarDays"]);
export type ClockKind = z.infer<typeof ClockKind>;

/** running | warning (a threshold passed) | breached | paused | met | metLate */
export const DeadlineStatus = z.enum(["running", "warning", "breached", "paused", "met", "metLate"]);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

/** C-08 reply methods. */
export const ReplyMethod = z.enum(["phone", "letter", "visit"]);
export const ContactMethod = z.enum(["phone", "letter", "visit", "sms", "onSite"]);

/** C-12 reason categories. */
export const ResponsibleCategory = z.enum([
  "unclearExplanationOrMistake",
  "badAttitude",
  "notFollowingManual",
  "operatingErrorFeeDispute",
  "unfamiliarityOvertime",
  "repeatUnreachable",
]);
export const NonResponsibleCategory = z.enum([
  "processFlaw",
  "technicalLimitOrFailure",
  "tooFewStaff",
  "customerMisunderstanding",
]);
export const RulingCategory = z.union([ResponsibleCategory, NonResponsibleCategory]);
export const RulingOutcome = z.enum(["responsible", "nonResponsible"]);

// ---------------------------------------------------------------- shared shapes
export const CaseDeadline = z.object({
  metric: MetricCode,
  clock: ClockKind,
  /** Limit in days of the clock (after extensions), pause shift excluded. */
  amount: z.number(),
  startedAt: z.string(),
  dueAt: z.string(),
  /** Days the deadline moved because the case sat in a pause state. */
  pausedDays: z.number(),
  /** Instants at which warnings fire (thresholds of the policy). */
  warnAt: z.array(z.string()),
  status: DeadlineStatus,
  metAt: z.string().nullable(),
  /** CAL-06 counted over days of a year without official data: may move when the notice is loaded. */
  provisional: z.boolean(),
  /** Milliseconds until dueAt at the server's now (negative when overdue; null when met). */
  remainingMs: z.number().nullable(),
});
export type CaseDeadline = z.infer<typeof CaseDeadline>;

export const CaseCustomer = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  /** true unless the caller unmasked (C-11, K-09). */
  masked: z.boolean(),
});

export const CaseSummary = z.object({
  id: Id,
  number: z.string(),
  kind: CaseKind,
  channel: CaseChannel,
  state: CaseState,
  summary: z.string(),
  cause: z.string().nullable(),
  customer: CaseCustomer,
  orgUnitId: Id,
  orgUnitName: z.string(),
  originUnitId: Id,
  level: HandlingLevel,
  receivedAt: z.string(),
  acceptedAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  firstResponder: z.object({ id: Id.nullable(), name: z.string() }),
  handlerId: Id.nullable(),
  ticketId: Id.nullable(),
  parentCaseId: Id.nullable(),
  overdue: z.boolean(),
  /** Every running (and finished) deadline of the case at once. */
  deadlines: z.array(CaseDeadline),
  nextDueAt: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseEvent = z.object({
  id: Id,
  seq: z.number(),
  type: z.string(),
  at: z.string(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  orgUnitId: Id,
  fromState: CaseState.nullable(),
  toState: CaseState.nullable(),
  data: z.unknown(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseCallback = z.object({
  id: Id,
  caseId: Id,
  orgUnitId: Id,
  /** responsible unit (100%) or upper level (sample ≥ 30%) — C-10 */
  level: z.enum(["responsible", "upper"]),
  sampleId: Id.nullable(),
  status: z.enum(["pending", "done"]),
  result: z.enum(["satisfied", "unsatisfied"]).nullable(),
  note: z.string().nullable(),
  dueAt: z.string().nullable(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
});
export type CaseCallback = z.infer<typeof CaseCallback>;

export const CaseRuling = z.object({
  id: Id,
  caseId: Id,
  orgUnitId: Id,
  outcome: RulingOutcome,
  category: RulingCategory,
  employeeId: Id.nullable(),
  note: z.string(),
  ruledBy: z.string().nullable(),
  ruledAt: z.string(),
  appealStatus: z.enum(["none", "pending", "upheld", "overturned"]),
  appealReason: z.string().nullable(),
  appealedAt: z.string().nullable(),
  appealDecidedBy: z.string().nullable(),
  appealDecidedAt: z.string().nullable(),
  appealNote: z.string().nullable(),
  /** The ruling in force: the appeal decision when there is one (final), else the first ruling. */
  finalOutcome: RulingOutcome,
  finalCategory: RulingCategory,
  /** C-12 the responsibility committee that ruled (null for automatic rulings and older ones). */
  committee: z.object({ members: z.array(z.string()), inFavour: z.number() }).nullable(),
});
export type CaseRuling = z.infer<typeof CaseRuling>;

export const CaseFinding = z.object({
  id: Id,
  caseId: Id,
  orgUnitId: Id,
  handlerId: Id.nullable(),
  kind: z.enum(["unapprovedOvertime", "responsibleComplaint", "other"]),
  metric: MetricCode.nullable(),
  note: z.string(),
  raisedAt: z.string(),
});
export type CaseFinding = z.infer<typeof CaseFinding>;

export const CaseRectification = z.object({
  id: Id,
  caseId: Id,
  findingId: Id.nullable(),
  orgUnitId: Id,
  action: z.string(),
  ownerName: z.string(),
  ownerId: Id.nullable(),
  dueDate: LocalDate,
  status: z.enum(["open", "done"]),
  effect: z.string().nullable(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});
export type CaseRectification = z.infer<typeof CaseRectification>;

export const PendingExtension = z.object({
  metric: MetricCode,
  reason: z.string(),
  untilDate: LocalDate.nullable(),
  days: z.number().nullable(),
  requestedAt: z.string(),
  requestedBy: z.string().nullable(),
});

/** GET /api/v1/cases/{id} */
export const CaseDetail = CaseSummary.extend({
  events: z.array(CaseEvent),
  callbacks: z.array(CaseCallback),
  ruling: CaseRuling.nullable(),
  findings: z.array(CaseFinding),
  rectifications: z.array(CaseRectification),
  pendingExtension: PendingExtension.nullable(),
  /** Reconsideration (C-09): last date the customer may apply, when a reply exists. */
  reconsiderationUntil: LocalDate.nullable(),
  /** Action types allowed in the current state (the caller's permissions aside). */
  allowedActions: z.array(z.string()),
  /** Of those, the ones the caller may take (permission and handling unit): show these as buttons. */
  callerActions: z.array(z.string()).optional(),
  policy: z.object({ id: Id.nullable(), orgUnitId: Id.nullable(), version: z.number(), preset: z.string(), name: z.string() }),
  /** C-13 the earlier complaint this one repeats, and why the customer complained again. */
  repeatOf: z.object({ caseId: Id, number: z.string(), reason: z.string() }).nullable(),
  /** C-07 the pause in force: requested (the clock still runs), approved (stopped), refused, or none. */
  pause: z.enum(["none", "requested", "approved", "refused"]),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

// ---------------------------------------------------------------- create
const Text = (max = 2000) => z.string().trim().min(1).max(max);

/** POST /api/v1/cases → 201 CreateCaseResponse */
export const CreateCaseRequest = z.strictObject({
  kind: CaseKind,
  orgUnitId: Id,
  channel: CaseChannel,
  summary: Text(2000),
  customer: z.strictObject({
    name: Text(100),
    phone: z.string().trim().regex(/^[0-9+\- ]{3,20}$/, "invalid phone").optional(),
  }),
  /** A letter received earlier can be entered with its receipt instant; never in the future. */
  receivedAt: Instant.optional(),
  cause: z.string().trim().min(1).max(100).optional(),
  /** A finished complaint/enquiry ticket can open a case (queue module). */
  ticketId: Id.optional(),
  /** C-13 this complaint repeats an earlier complaint case (with repeatReason). */
  repeatOfCaseId: Id.optional(),
  repeatReason: z.enum(["handler_unreachable", "unsatisfied", "other"]).optional(),
  /**
   * C-18 a complaint's five admissibility criteria (003 第二篇 Art.5) and whether it is about staff
   * misconduct (Art.9: then the case is a misconduct case, not on the complaint clock).
   */
  admissibility: z
    .strictObject({
      belowStandard: z.boolean(),
      feeDispute: z.boolean(),
      isParty: z.boolean(),
      identifiable: z.boolean(),
      concreteFacts: z.boolean(),
      staffMisconduct: z.boolean(),
    })
    .optional(),
});
export type CreateCaseRequest = z.infer<typeof CreateCaseRequest>;

export const CreateCaseResponse = CaseSummary.extend({
  deadlines: z.array(CaseDeadline),
});
export type CreateCaseResponse = z.infer<typeof CreateCaseResponse>;

// ---------------------------------------------------------------- list / report
const BoolString = z.enum(["true", "false"]);
export const ListCasesQuery = z.strictObject({
  orgUnitId: Id.optional(),
  state: CaseState.optional(),
  kind: CaseKind.optional(),
  channel: CaseChannel.optional(),
  level: HandlingLevel.optional(),
  overdue: BoolString.optional(),
  /** open = not closed / archived */
  open: BoolString.optional(),
  q: z.string().trim().max(100).optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export type ListCasesQuery = z.infer<typeof ListCasesQuery>;
export const CaseList = z.object({ items: z.array(CaseSummary), total: z.number() });
export type CaseList = z.infer<typeof CaseList>;

export const CaseReportQuery = z.strictObject({ orgUnitId: Id.optional(), from: LocalDate, to: LocalDate });
export const CaseReport = z.object({
  orgUnitId: Id,
  from: LocalDate,
  to: LocalDate,
  received: z.number(),
  closed: z.number(),
  open: z.number(),
  /** Cases whose reply deadline was met on time among those with a reply or a breach. */
  onTime: z.number(),
  late: z.number(),
  onTimePercent: z.number().nullable(),
  overdue: z.number(),
  byChannel: z.record(z.string(), z.number()),
  byKind: z.record(z.string(), z.number()),
  byCause: z.record(z.string(), z.number()),
  byUnit: z.array(z.object({ orgUnitId: Id, name: z.string(), received: z.number(), onTimePercent: z.number().nullable(), overdue: z.number() })),
});
export type CaseReport = z.infer<typeof CaseReport>;

/** GET /api/v1/cases/export?… (same filters as the list) → text/csv, customer masked (C-11). */
export const ExportCasesQuery = ListCasesQuery.extend({ format: z.enum(["csv", "xlsx"]).optional() });

// ---------------------------------------------------------------- actions
/** POST /api/v1/cases/{id}/actions — one body per action type. Response: CaseDetail. */
/**
 * K-12 any case action may say it was done by one person alone (`singlePerson: true`): the server then
 * puts it in the counter's post-review queue (事后监督复核) in the same transaction. Optional, additive.
 */
const act = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ ...shape, singlePerson: z.boolean().optional() });
export const CaseAction = z.discriminatedUnion("type", [
  act({ type: z.literal("accept"), note: Text(1000).optional() }),
  /** First contact with the customer (C-03 next-working-day contact, C-02 progress). */
  act({ type: z.literal("contact"), method: ContactMethod, note: Text(2000) }),
  act({ type: z.literal("investigate"), note: Text(1000).optional() }),
  /** Enter `waiting`; C-07 the clock keeps running until the counter manager (or the level above) approves. */
  act({ type: z.literal("pause"), reason: Text(500) }),
  /** C-07 approve or refuse stopping the clock (never the handler; the manager's own case: the level above). */
  act({ type: z.literal("decide-pause"), approved: z.boolean(), note: Text(1000) }),
  act({ type: z.literal("resume"), note: Text(500).optional() }),
  /** C-08; C-20 a complaint's reply records that the customer was told how to ask for reconsideration. */
  act({ type: z.literal("reply"), method: ReplyMethod, content: Text(4000), reconsiderationInfo: z.boolean().optional() }),
  /** C-07: before the limit, the customer is told and the upper level informed in writing. */
  act({ type: z.literal("explain-delay"), customerExplanation: Text(2000), upperNote: Text(2000) }),
  /** Regulatory preset: next extension step of the policy; otherwise untilDate is required (always needs approval). */
  act({ type: z.literal("request-extension"), reason: Text(1000), untilDate: LocalDate.optional() }),
  act({ type: z.literal("approve-extension"), approved: z.boolean(), note: Text(1000).optional() }),
  /** C-06: the handling unit moves to the parent; the deadline is re-targeted by level. */
  act({ type: z.literal("escalate"), reason: Text(1000) }),
  /** C-19: a complaint received higher up goes down to the responsible unit; the result is reported back up. */
  act({ type: z.literal("forward"), toUnitId: Id, note: Text(1000) }),
  act({ type: z.literal("close"), note: Text(1000).optional() }),
  /** C-10 */
  act({ type: z.literal("callback"), callbackId: Id.optional(), result: z.enum(["satisfied", "unsatisfied"]), note: Text(2000) }),
  act({ type: z.literal("archive-unsatisfied"), note: Text(2000) }),
  act({ type: z.literal("reopen"), reason: Text(1000) }),
  /** C-09 */
  act({ type: z.literal("apply-reconsideration"), reason: Text(2000), appliedAt: Instant.optional() }),
  act({ type: z.literal("decide-reconsideration"), outcome: z.enum(["upheld", "revised"]), content: Text(4000) }),
  /** C-12 */
  /** C-12 the unit's responsibility committee rules: its members and the votes in favour (majority of ≥ 3). */
  act({
    type: z.literal("rule"),
    outcome: RulingOutcome,
    category: RulingCategory,
    employeeId: Id.optional(),
    note: Text(2000),
    committee: z.strictObject({ members: z.array(z.string().trim().min(1).max(50)).min(1).max(15), inFavour: z.number().int().min(0).max(15) }),
  }),
  act({ type: z.literal("appeal"), reason: Text(2000) }),
  act({ type: z.literal("decide-appeal"), outcome: z.enum(["upheld", "overturned"]), category: RulingCategory.optional(), note: Text(2000) }),
  /** C-14 */
  act({
    type: z.literal("add-rectification"),
    findingId: Id.optional(),
    action: Text(2000),
    ownerName: Text(100),
    ownerId: Id.optional(),
    dueDate: LocalDate,
  }),
  act({ type: z.literal("complete-rectification"), rectificationId: Id, effect: Text(2000) }),
  act({ type: z.literal("note"), text: Text(4000) }),
]);
export type CaseAction = z.infer<typeof CaseAction>;
export type CaseActionType = CaseAction["type"];
export const CASE_ACTION_TYPES = [
  "accept",
  "contact",
  "investigate",
  "pause",
  "decide-pause",
  "resume",
  "reply",
  "explain-delay",
  "request-extension",
  "approve-extension",
  "escalate",
  "forward",
  "close",
  "callback",
  "archive-unsatisfied",
  "reopen",
  "apply-reconsideration",
  "decide-reconsideration",
  "rule",
  "appeal",
  "decide-appeal",
  "add-rectification",
  "complete-rectification",
  "note",
] as const;

/** Permission each action needs (K-07 defaults in migration 003); the server enforces, the web offers. */
export const CASE_ACTION_PERMISSION: Record<CaseActionType, string> = {
  accept: "case.handle",
  contact: "case.handle",
  investigate: "case.handle",
  pause: "case.handle",
  "decide-pause": "case.approvePause",
  resume: "case.handle",
  reply: "case.handle",
  "explain-delay": "case.handle",
  "request-extension": "case.handle",
  "approve-extension": "case.escalate",
  escalate: "case.escalate",
  forward: "case.escalate",
  close: "case.handle",
  callback: "case.callback",
  "archive-unsatisfied": "case.callback",
  reopen: "case.handle",
  "apply-reconsideration": "case.handle",
  "decide-reconsideration": "case.escalate",
  rule: "case.rule",
  appeal: "case.handle",
  "decide-appeal": "case.rule",
  "add-rectification": "case.rule",
  "complete-rectification": "case.handle",
  note: "case.handle",
};

// ---------------------------------------------------------------- confidentiality
/** POST /api/v1/cases/{id}/unmask (needs customer.unmask; audited with the reason — C-11, K-09). */
export const UnmaskCaseRequest = z.strictObject({ reason: Text(500) });
export const UnmaskCaseResponse = z.object({ caseId: Id, customer: z.object({ name: z.string(), phone: z.string().nullable() }) });
/** GET /api/v1/cases/{id}/reveal-phone: may the caller (handler or first responder) reveal the phone, and is a reason still needed (C-11). */
export const PhoneRevealState = z.object({ allowed: z.boolean(), reasonRequired: z.boolean() });
export type PhoneRevealState = z.infer<typeof PhoneRevealState>;
/** POST /api/v1/cases/{id}/reveal-phone: the reason is asked once per case and person (audited). */
export const RevealPhoneRequest = z.strictObject({ reason: z.string().trim().max(500).optional() });
export const RevealPhoneResponse = z.object({ caseId: Id, phone: z.string().nullable() });
export type RevealPhoneResponse = z.infer<typeof RevealPhoneResponse>;

// ---------------------------------------------------------------- policies
export const MetricPolicy = z.strictObject({
  kind: CaseKind,
  metric: MetricCode,
  clock: ClockKind,
  amount: z.number().int().min(0).max(365),
  /** C-06 bank preset: amount by handling level (overrides amount at that level). */
  amountByLevel: z.strictObject({
    outlet: z.number().int().min(0).max(365).optional(),
    city: z.number().int().min(0).max(365).optional(),
    province: z.number().int().min(0).max(365).optional(),
    hq: z.number().int().min(0).max(365).optional(),
  }).optional(),
  /** Warning thresholds in percent of the limit elapsed, e.g. [50, 80]. */
  warnPercents: z.array(z.number().int().min(1).max(99)).max(5),
  /** Case states in which this clock stops. */
  pauseStates: z.array(CaseState).max(9),
  /** Regulatory: steps of extension, in the clock's days; requiresApproval for the upper level. */
  extensions: z.array(z.strictObject({ days: z.number().int().min(1).max(365), requiresApproval: z.boolean() })).max(5),
});
export type MetricPolicy = z.infer<typeof MetricPolicy>;

export const PolicyPreset = z.enum(["insurer", "bank", "regulatory", "custom"]);
export type PolicyPreset = z.infer<typeof PolicyPreset>;

export const CasePolicy = z.object({
  id: Id.nullable(),
  orgUnitId: Id.nullable(),
  version: z.number(),
  preset: PolicyPreset,
  name: z.string(),
  metrics: z.array(MetricPolicy),
  createdAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  /** Effective-policy lookups: the unit the policy is inherited from (null = built-in default). */
  inheritedFrom: Id.nullable().optional(),
});
export type CasePolicy = z.infer<typeof CasePolicy>;

/** PUT /api/v1/cases/policies/{orgUnitId}: a new version. Either a preset or explicit metrics. */
export const SetCasePolicyRequest = z.strictObject({
  preset: PolicyPreset,
  name: Text(100).optional(),
  metrics: z.array(MetricPolicy).max(60).optional(),
  reason: Text(500),
});
export type SetCasePolicyRequest = z.infer<typeof SetCasePolicyRequest>;
export const CasePolicyVersions = z.object({ effective: CasePolicy, versions: z.array(CasePolicy) });
export const PolicyPresetList = z.object({ items: z.array(CasePolicy) });
export const OrgUnitIdParams = z.strictObject({ orgUnitId: Id });

// ---------------------------------------------------------------- work lists
export const ListCallbacksQuery = z.strictObject({
  orgUnitId: Id.optional(),
  status: z.enum(["pending", "done"]).optional(),
  level: z.enum(["responsible", "upper"]).optional(),
});
export const CallbackList = z.object({
  items: z.array(CaseCallback.extend({ caseNumber: z.string(), caseSummary: z.string(), customer: CaseCustomer })),
});

/** POST /api/v1/cases/callbacks/sample — C-10 upper-level sample (seeded, reproducible, audited). */
export const SampleCallbacksRequest = z.strictObject({
  orgUnitId: Id,
  from: LocalDate,
  to: LocalDate,
  /** Default 30; never below 30 (C-10). */
  percent: z.number().int().min(30).max(100).optional(),
  seed: z.string().trim().min(1).max(100).optional(),
});
export const SampleCallbacksResponse = z.object({
  sampleId: Id,
  seed: z.string(),
  percent: z.number(),
  population: z.number(),
  selected: z.array(Id),
  created: z.number(),
});

export const ListRulingsQuery = z.strictObject({
  orgUnitId: Id.optional(),
  appealStatus: z.enum(["none", "pending", "upheld", "overturned"]).optional(),
});
export const RulingList = z.object({ items: z.array(CaseRuling.extend({ caseNumber: z.string() })) });

export const ListRectificationsQuery = z.strictObject({
  orgUnitId: Id.optional(),
  status: z.enum(["open", "done"]).optional(),
});
export const RectificationBoard = z.object({
  findings: z.array(CaseFinding.extend({ caseNumber: z.string(), rectified: z.boolean() })),
  rectifications: z.array(CaseRectification.extend({ caseNumber: z.string(), overdue: z.boolean() })),
});

/** GET /api/v1/cases/rectification-bulletin?orgUnitId — C-14 units with findings but no (effective) rectification. */
export const RectificationBulletinQuery = z.strictObject({ orgUnitId: Id.optional() });
export const RectificationBulletin = z.object({
  items: z.array(
    z.object({
      orgUnitId: Id,
      name: z.string(),
      findings: z.number(),
      withoutRectification: z.number(),
      openOverdue: z.number(),
    }),
  ),
});

// ---------------------------------------------------------------- jobs
/** POST /api/v1/cases/sweep — run the sweeper now (warnings/breaches at the server's now). */
export const SweepRequest = z.strictObject({ orgUnitId: Id.optional() });
export const SweepResponse = z.object({
  checked: z.number(),
  warnings: z.number(),
  breaches: z.number(),
  findings: z.number(),
  deferred: z.number(),
});

/** POST /api/v1/cases/special-matters — C-03 daily close: unfinished matters become special matters. */
export const CreateSpecialMattersRequest = z.strictObject({ counterId: Id, date: LocalDate });
export const CreateSpecialMattersResponse = z.object({ created: z.array(Id), skipped: z.number() });

export const CaseAlert = z.object({
  id: Id,
  caseId: Id,
  orgUnitId: Id,
  metric: MetricCode,
  kind: z.enum(["warning", "breach"]),
  threshold: z.number().nullable(),
  dueAt: z.string(),
  raisedAt: z.string(),
});
export const ListAlertsQuery = z.strictObject({ orgUnitId: Id.optional(), limit: z.coerce.number().int().min(1).max(500).optional() });
export const AlertList = z.object({ items: z.array(CaseAlert) });
