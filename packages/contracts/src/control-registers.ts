/**
 * Internal-control registers (issue 5): seals and controlled documents (K-01…K-05), leave register
 * (seam for the people module; K-02, D-06), findings and corrective actions, AML register (K-10),
 * archive borrowing (K-11). Base path /api/v1/control. Additive changes only.
 */
import { z } from "zod";
import { Id, Instant, LocalDate, YearMonth } from "./common.js";

const Text = (max = 2000) => z.string().trim().min(1).max(max);
const OptText = (max = 2000) => z.string().trim().max(max).optional();
/** A serial number: digits only (leading zeros kept; width = the range's width). */
export const Serial = z.string().regex(/^\d{1,18}$/, "digits only");

// ---------------------------------------------------------------- seals and controlled documents

export const ControlItemKind = z.enum(["seal", "document"]);
export type ControlItemKind = z.infer<typeof ControlItemKind>;
export const ControlItemStatus = z.enum(["active", "lost", "written_off", "used_up"]);

/**
 * POST /api/v1/control/items — a seal (no serials) or a batch of controlled documents with a serial
 * range, received into the counter safe (custodian: the given person, default the caller).
 */
export const RegisterControlItemRequest = z
  .strictObject({
    counterId: Id,
    kind: ControlItemKind,
    /** e.g. 业务专用章, 现金收讫章 / 保单, 发票, 批单 */
    itemType: Text(100),
    name: Text(200),
    prefix: z.string().trim().max(20).optional(),
    serialFrom: Serial.optional(),
    serialTo: Serial.optional(),
    custodianId: Id.optional(),
  })
  .refine((r) => r.kind === "seal" || (r.serialFrom !== undefined && r.serialTo !== undefined), {
    message: "documents need serialFrom and serialTo",
    path: ["serialFrom"],
  });
export type RegisterControlItemRequest = z.infer<typeof RegisterControlItemRequest>;

export const ControlItemResponse = z.object({
  id: Id,
  counterId: Id,
  kind: ControlItemKind,
  itemType: z.string(),
  name: z.string(),
  prefix: z.string().nullable(),
  serialFrom: z.string().nullable(),
  serialTo: z.string().nullable(),
  /** Number of pieces (1 for a seal). */
  quantity: z.number(),
  custodianId: Id.nullable(),
  custodianName: z.string().nullable(),
  /** K-01 in the safe (locked) or out with the custodian. */
  inSafe: z.boolean(),
  status: ControlItemStatus,
  /** When split off another batch by a partial issue. */
  parentId: Id.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ControlItemResponse = z.infer<typeof ControlItemResponse>;
/** GET /api/v1/control/items?counterId=&kind=&custodianId=&status= */
export const ListControlItemsQuery = z.strictObject({
  counterId: Id.optional(),
  kind: ControlItemKind.optional(),
  custodianId: Id.optional(),
  status: ControlItemStatus.optional(),
});
export const ControlItemList = z.object({ items: z.array(ControlItemResponse) });

/**
 * POST /api/v1/control/items/:id/issue — out of the safe to a person, counted (已清点 must be true).
 * For documents a sub-range may be given: it must lie inside the item's range (422 serial_out_of_range);
 * the batch is split and the response is the issued part.
 */
export const IssueControlItemRequest = z.strictObject({
  toUserId: Id,
  serialFrom: Serial.optional(),
  serialTo: Serial.optional(),
  counted: z.literal(true),
  note: OptText(500),
});
/** POST /api/v1/control/items/:id/return — back into the safe (K-01 end of day / leaving the counter). */
export const ReturnControlItemRequest = z.strictObject({
  counted: z.literal(true),
  note: OptText(500),
  /** K-04 documents handed back with copies (联次) missing: each counts as lost (recorded with the return). */
  incompleteSerials: z.array(z.string().trim().min(1).max(40)).max(500).optional(),
});
/** POST /api/v1/control/items/:id/handover — from the holder (default the caller; 409 item_not_held) to another person. */
export const HandoverControlItemRequest = z.strictObject({
  fromUserId: Id.optional(),
  toUserId: Id,
  counted: z.literal(true),
  note: OptText(500),
});
export const CustodyMovementKind = z.enum(["registered", "issued", "returned", "handed_over", "hand_back", "lost", "written_off", "split"]);
export const CustodyMovement = z.object({
  id: Id,
  itemId: Id,
  kind: CustodyMovementKind,
  fromUserId: Id.nullable(),
  toUserId: Id.nullable(),
  counted: z.boolean(),
  /** "已清点" when counted. */
  countedMark: z.string().nullable(),
  serialFrom: z.string().nullable(),
  serialTo: z.string().nullable(),
  note: z.string().nullable(),
  byId: Id,
  at: z.string(),
});
/** GET /api/v1/control/items/:id/movements ; GET /api/v1/control/movements?counterId=&from=&to= */
export const CustodyMovementList = z.object({ items: z.array(CustodyMovement) });
export const ListMovementsQuery = z.strictObject({ counterId: Id.optional(), from: LocalDate.optional(), to: LocalDate.optional() });

/**
 * POST /api/v1/control/items/:id/usages — K-03 every use names the document it was used on (no
 * blank forms); only by the holder; for documents the serial used must be inside the held range.
 */
export const RecordUsageRequest = z.strictObject({
  documentRef: Text(200),
  purpose: Text(500),
  serial: Serial.optional(),
  usedAt: Instant.optional(),
  /** K-12 the second person present at a seal use; without one the use enters the post-review queue. */
  secondPersonId: Id.optional(),
});
export const UsageResponse = z.object({
  id: Id,
  itemId: Id,
  counterId: Id,
  userId: Id,
  documentRef: z.string(),
  purpose: z.string(),
  serial: z.string().nullable(),
  usedAt: z.string(),
});
/** GET /api/v1/control/usages?counterId=&itemId=&from=&to= */
export const ListUsagesQuery = z.strictObject({ counterId: Id.optional(), itemId: Id.optional(), from: LocalDate.optional(), to: LocalDate.optional() });
export const UsageList = z.object({ items: z.array(UsageResponse) });

/**
 * POST /api/v1/control/items/:id/losses — K-04: serials lost (inside the item's range) or the whole
 * seal; an incomplete set of copies counts as lost. More than 2 lost documents at a counter in one
 * month → a seal_loss_compensation finding naming the responsible persons and the counter manager.
 */
export const ReportLossRequest = z.strictObject({
  serials: z.array(Serial).max(500).optional(),
  incompleteSet: z.boolean().default(false),
  responsibleUserIds: z.array(Id).min(1).max(20),
  occurredOn: LocalDate.optional(),
  note: Text(2000),
});
export const LossResponse = z.object({
  id: Id,
  itemId: Id,
  counterId: Id,
  kind: ControlItemKind,
  serials: z.array(z.string()),
  quantity: z.number(),
  incompleteSet: z.boolean(),
  responsibleUserIds: z.array(Id),
  occurredOn: LocalDate,
  note: z.string(),
  recordedById: Id,
  createdAt: z.string(),
  /** The month's count at the counter after this loss, and the finding if one was raised. */
  monthCount: z.number(),
  findingId: Id.nullable(),
});
/** GET /api/v1/control/losses?counterId=&month=YYYY-MM */
export const ListLossesQuery = z.strictObject({ counterId: Id.optional(), month: YearMonth.optional() });
export const LossList = z.object({ items: z.array(LossResponse) });

/** POST /api/v1/control/write-offs — K-05 manual write-off list, made in duplicate (printable). */
export const CreateWriteOffRequest = z.strictObject({
  counterId: Id,
  reason: Text(1000),
  lines: z
    .array(z.strictObject({ itemId: Id.optional(), docType: Text(100), serial: Serial, businessRef: OptText(200), amountFen: z.number().int().min(0).optional(), note: OptText(500) }))
    .min(1)
    .max(500),
});
export const WriteOffResponse = z.object({
  id: Id,
  counterId: Id,
  counterName: z.string().nullable(),
  listNo: z.string(),
  reason: z.string(),
  lines: z.array(z.object({ itemId: z.string().optional(), docType: z.string(), serial: z.string(), businessRef: z.string().optional(), amountFen: z.number().optional(), note: z.string().optional() })),
  /** Always 2: 一式两联 (counter copy, finance copy). */
  copies: z.literal(2),
  copyLabels: z.array(z.string()),
  preparedById: Id,
  preparedByName: z.string().nullable(),
  createdAt: z.string(),
});
/** GET /api/v1/control/write-offs?counterId= ; GET /api/v1/control/write-offs/:id (print data) */
export const ListWriteOffsQuery = z.strictObject({ counterId: Id.optional() });
export const WriteOffList = z.object({ items: z.array(WriteOffResponse) });

// ---------------------------------------------------------------- leave (seam for the people module)

export const LeaveKind = z.enum(["annual", "sick", "personal", "business_trip", "training", "other"]);
/**
 * POST /api/v1/control/leaves — an approved absence. K-02: when it covers more than one working day,
 * a hand-back of everything the person holds is due on the working day before (see hand-backs).
 */
export const RecordLeaveRequest = z.strictObject({
  userId: Id,
  from: LocalDate,
  to: LocalDate,
  kind: LeaveKind,
  approved: z.boolean().default(true),
  note: OptText(500),
});
export const LeaveResponse = z.object({
  id: Id,
  userId: Id,
  userName: z.string().nullable(),
  orgUnitId: Id,
  from: LocalDate,
  to: LocalDate,
  kind: LeaveKind,
  approved: z.boolean(),
  workingDays: z.number(),
  note: z.string().nullable(),
  handBackId: Id.nullable(),
  createdAt: z.string(),
});
/** GET /api/v1/control/leaves?counterId=&userId=&on=YYYY-MM-DD */
export const ListLeavesQuery = z.strictObject({ counterId: Id.optional(), userId: Id.optional(), on: LocalDate.optional() });
export const LeaveList = z.object({ items: z.array(LeaveResponse) });

export const HandBackStatus = z.enum(["pending", "done", "cancelled"]);
export const HandBackResponse = z.object({
  id: Id,
  counterId: Id,
  leaveId: Id,
  userId: Id,
  userName: z.string().nullable(),
  /** The working day before the leave starts. */
  dueDate: LocalDate,
  status: HandBackStatus,
  itemIds: z.array(Id),
  receivedById: Id.nullable(),
  countedMark: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
/** GET /api/v1/control/hand-backs?counterId=&status= */
export const ListHandBacksQuery = z.strictObject({ counterId: Id.optional(), status: HandBackStatus.optional() });
export const HandBackList = z.object({ items: z.array(HandBackResponse) });
/** POST /api/v1/control/hand-backs/:id/confirm — the manager receives, counts (已清点) and locks everything the person holds. */
export const ConfirmHandBackRequest = z.strictObject({ counted: z.literal(true), note: OptText(500) });

// ---------------------------------------------------------------- findings and corrective actions

export const FindingKind = z.enum(["seal_loss_compensation", "off_duty_operation", "inspection_failure", "aml_rectification", "seal_loss", "daily_close_missing", "lunch_duty_uncovered", "post_review_failed", "elderly_device_operation"]);
export const FindingStatus = z.enum(["open", "investigating", "closed"]);
export const FindingResponse = z.object({
  id: Id,
  kind: FindingKind,
  orgUnitId: Id,
  /** D-06 reported to the province business management centre; K-04 to the counter's province too. */
  reportedToUnitId: Id.nullable(),
  subjectUserIds: z.array(Id),
  subjectNames: z.array(z.string()),
  title: z.string(),
  details: z.record(z.string(), z.unknown()),
  status: FindingStatus,
  resolution: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type FindingResponse = z.infer<typeof FindingResponse>;
/** GET /api/v1/control/findings?unitId=&kind=&status= (unitId: that unit and below) */
export const ListFindingsQuery = z.strictObject({ unitId: Id.optional(), kind: FindingKind.optional(), status: FindingStatus.optional() });
export const FindingList = z.object({ items: z.array(FindingResponse) });
/** POST /api/v1/control/findings/:id/status */
export const UpdateFindingStatusRequest = z.strictObject({ status: FindingStatus, resolution: OptText(4000) });

export const CorrectiveActionStatus = z.enum(["open", "done", "verified"]);
export const CorrectiveActionResponse = z.object({
  id: Id,
  counterId: Id,
  source: z.enum(["inspection", "finding", "aml_self_inspection"]),
  sourceId: Id,
  itemKey: z.string().nullable(),
  description: z.string(),
  ownerId: Id,
  ownerName: z.string().nullable(),
  dueDate: LocalDate,
  status: CorrectiveActionStatus,
  overdue: z.boolean(),
  resolutionNote: z.string().nullable(),
  photos: z.array(z.string()),
  doneAt: z.string().nullable(),
  verifiedById: Id.nullable(),
  createdAt: z.string(),
});
export type CorrectiveActionResponse = z.infer<typeof CorrectiveActionResponse>;
/** GET /api/v1/control/corrective-actions?counterId=&status=&ownerId=&overdue=true */
export const ListCorrectiveActionsQuery = z.strictObject({
  counterId: Id.optional(),
  status: CorrectiveActionStatus.optional(),
  ownerId: Id.optional(),
  overdue: z.enum(["true", "false"]).optional(),
});
export const CorrectiveActionList = z.object({ items: z.array(CorrectiveActionResponse) });
/** POST /api/v1/control/corrective-actions/:id/complete (owner or manager) */
export const CompleteCorrectiveActionRequest = z.strictObject({
  note: Text(2000),
  photos: z.array(z.string().max(600_000).regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/)).max(4).optional(),
});
/** POST /api/v1/control/corrective-actions/:id/verify (manager; not the owner) */
export const VerifyCorrectiveActionRequest = z.strictObject({ note: OptText(1000) });

// ---------------------------------------------------------------- AML (K-10)

/** GET/PUT /api/v1/control/aml/settings?unitId= — thresholds; a counter inherits the nearest setting above. */
export const AmlSettingsQuery = z.strictObject({ unitId: Id });
export const AmlSettings = z.object({
  unitId: Id,
  /** Inherited from this unit (null = system default). */
  sourceUnitId: Id.nullable(),
  /** Cash receipts/payments at or above this are large-amount (default ¥50,000). */
  cashThresholdFen: z.number(),
  /** Transfers at or above this are large-amount (default ¥2,000,000). */
  transferThresholdFen: z.number(),
});
export const PutAmlSettingsRequest = z.strictObject({
  unitId: Id,
  cashThresholdFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  transferThresholdFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export const AmlDirection = z.enum(["receipt", "payment"]);
export const AmlMethod = z.enum(["cash", "transfer"]);
/** POST /api/v1/control/aml/transactions */
export const RecordAmlTransactionRequest = z.strictObject({
  counterId: Id,
  occurredAt: Instant,
  direction: AmlDirection,
  method: AmlMethod,
  amountFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  customerName: Text(100),
  customerIdType: Text(40),
  customerIdNo: z.string().trim().min(4).max(40),
  identified: z.boolean(),
  policyNo: OptText(60),
  suspiciousReasons: z.array(Text(500)).max(20).optional(),
  note: OptText(1000),
});
/**
 * POST /api/v1/control/aml/transactions/import — CSV text with a header line:
 * occurredAt,direction,method,amountFen,customerName,customerIdType,customerIdNo,identified,policyNo,suspiciousReasons,note
 * (suspiciousReasons separated by "|"). All-or-nothing: any bad line → 400 csv_invalid with the lines.
 */
export const ImportAmlTransactionsRequest = z.strictObject({ counterId: Id, csv: z.string().min(1).max(2_000_000) });
export const ImportAmlTransactionsResponse = z.object({ imported: z.number(), largeAmount: z.number(), suspicious: z.number() });
/** POST /api/v1/control/aml/transactions/:id/flag */
export const FlagAmlTransactionRequest = z.strictObject({ reasons: z.array(Text(500)).min(1).max(20) });
/** POST /api/v1/control/aml/transactions/:id/report — suspicious transaction reported (to the AML system). */
export const ReportAmlTransactionRequest = z.strictObject({ reportRef: Text(100) });
export const AmlTransactionResponse = z.object({
  id: Id,
  counterId: Id,
  occurredAt: z.string(),
  direction: AmlDirection,
  method: AmlMethod,
  amountFen: z.number(),
  customerName: z.string(),
  customerIdType: z.string(),
  /** Masked (first 3, last 4) unless the caller may unmask. */
  customerIdNo: z.string(),
  identified: z.boolean(),
  policyNo: z.string().nullable(),
  largeAmount: z.boolean(),
  suspicious: z.boolean(),
  suspiciousReasons: z.array(z.string()),
  reportedAt: z.string().nullable(),
  reportRef: z.string().nullable(),
  note: z.string().nullable(),
  /** K-09 true in every list and response; false only on the audited one-record unmask. */
  masked: z.boolean(),
  recordedById: Id,
  createdAt: z.string(),
});
/** GET /api/v1/control/aml/transactions?counterId=&from=&to=&largeAmount=true&suspicious=true */
export const ListAmlTransactionsQuery = z.strictObject({
  counterId: Id.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  largeAmount: z.enum(["true", "false"]).optional(),
  suspicious: z.enum(["true", "false"]).optional(),
});
export const AmlTransactionList = z.object({ items: z.array(AmlTransactionResponse) });
/** GET /api/v1/control/aml/report?unitId=&from=&to= — periodic report. */
export const AmlReportQuery = z.strictObject({ unitId: Id, from: LocalDate, to: LocalDate });
export const AmlReport = z.object({
  unitId: Id,
  from: LocalDate,
  to: LocalDate,
  total: z.number(),
  largeAmount: z.object({ count: z.number(), amountFen: z.number(), cash: z.number(), transfer: z.number() }),
  suspicious: z.object({ count: z.number(), reported: z.number(), unreported: z.number() }),
  unidentified: z.number(),
  byCounter: z.array(z.object({ counterId: Id, total: z.number(), largeAmount: z.number(), suspicious: z.number() })),
});

/** POST /api/v1/control/aml/self-inspections — rectification below 100% needs a deadline. */
export const RecordAmlSelfInspectionRequest = z.strictObject({
  counterId: Id,
  period: z.string().trim().min(1).max(40),
  items: z
    .array(z.strictObject({ text: Text(500), compliant: z.boolean(), rectified: z.boolean().default(false), note: OptText(1000) }))
    .min(1)
    .max(200),
  rectificationDeadline: LocalDate.optional(),
});
/** POST /api/v1/control/aml/self-inspections/:id/items/:index/rectify */
export const RectifyAmlItemParams = z.strictObject({ id: Id, index: z.coerce.number().int().min(0).max(199) });
export const RectifyAmlItemRequest = z.strictObject({ note: Text(1000) });
export const AmlSelfInspectionResponse = z.object({
  id: Id,
  counterId: Id,
  period: z.string(),
  items: z.array(z.object({ text: z.string(), compliant: z.boolean(), rectified: z.boolean(), note: z.string().optional() })),
  nonCompliant: z.number(),
  rectified: z.number(),
  /** rectified / non-compliant × 100 (100 when nothing was non-compliant). */
  rectificationRate: z.number(),
  rectificationDeadline: LocalDate.nullable(),
  overdue: z.boolean(),
  recordedById: Id,
  createdAt: z.string(),
});
/** GET /api/v1/control/aml/self-inspections?counterId= */
export const ListAmlSelfInspectionsQuery = z.strictObject({ counterId: Id.optional() });
export const AmlSelfInspectionList = z.object({ items: z.array(AmlSelfInspectionResponse) });

// ---------------------------------------------------------------- archives (K-11)

/** POST /api/v1/control/archives/borrowings — requested, then approved before the archive leaves. */
export const RequestArchiveBorrowingRequest = z.strictObject({
  counterId: Id,
  archiveRef: Text(100),
  title: Text(200),
  borrowerId: Id.optional(),
  purpose: Text(1000),
  dueDate: LocalDate,
});
/** POST /api/v1/control/archives/borrowings/:id/decide (archive.manage, not the borrower) */
export const DecideArchiveBorrowingRequest = z.strictObject({ approved: z.boolean(), note: OptText(1000) });
/** POST /api/v1/control/archives/borrowings/:id/lend ; /return */
export const LendArchiveRequest = z.strictObject({ note: OptText(500) });
export const ReturnArchiveRequest = z.strictObject({ complete: z.boolean().default(true), note: OptText(1000) });
export const ArchiveBorrowingStatus = z.enum(["requested", "approved", "rejected", "lent", "returned"]);
export const ArchiveBorrowingResponse = z.object({
  id: Id,
  counterId: Id,
  archiveRef: z.string(),
  title: z.string(),
  borrowerId: Id,
  borrowerName: z.string().nullable(),
  purpose: z.string(),
  dueDate: LocalDate,
  status: ArchiveBorrowingStatus,
  decidedById: Id.nullable(),
  decisionNote: z.string().nullable(),
  lentAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnNote: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type ArchiveBorrowingResponse = z.infer<typeof ArchiveBorrowingResponse>;
/** GET /api/v1/control/archives/borrowings?counterId=&status=&overdue=true */
export const ListArchiveBorrowingsQuery = z.strictObject({
  counterId: Id.optional(),
  status: ArchiveBorrowingStatus.optional(),
  overdue: z.enum(["true", "false"]).optional(),
});
export const ArchiveBorrowingList = z.object({ items: z.array(ArchiveBorrowingResponse) });

/**
 * Excel exports (xlsx), same query as the list:
 * GET /api/v1/control/items/export.xlsx, /movements/export.xlsx, /usages/export.xlsx, /losses/export.xlsx,
 * /write-offs/export.xlsx, /leaves/export.xlsx, /findings/export.xlsx, /corrective-actions/export.xlsx,
 * /aml/transactions/export.xlsx, /aml/self-inspections/export.xlsx, /archives/borrowings/export.xlsx
 */
/** The 200 of every export.xlsx route: an Excel workbook (binary, Content-Disposition attachment). */
export const ControlRegisterExportFile = z.string().describe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

export const CONTROL_REGISTER_EXPORTS = [
  "items",
  "movements",
  "usages",
  "losses",
  "write-offs",
  "leaves",
  "findings",
  "corrective-actions",
  "aml/transactions",
  "aml/self-inspections",
  "archives/borrowings",
] as const;
