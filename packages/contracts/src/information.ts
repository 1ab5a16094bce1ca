/** Information (I-01; issue 16 item 6): business notices with read receipts, retention periods, disposals. */
import { z } from "zod";
import { Id, LocalDate } from "./common.js";

export const NoticeCategory = z.enum(["business", "hours", "product", "system", "other"]);
export const RecordType = z.enum(["dailyClose", "patrol", "meetingMinutes", "roster", "caseCollection", "complaintRecord", "equipmentFault", "businessNotice"]);
export type RecordType = z.infer<typeof RecordType>;

/** POST /api/v1/information/notices — to the publisher's unit (or a unit in scope) and its whole subtree. */
export const PublishNoticeRequest = z.strictObject({
  orgUnitId: Id.optional(),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(10_000),
  category: NoticeCategory.optional(),
  /** The date by which everyone below must have read it (unit's local date). */
  readBy: LocalDate.optional(),
});

export const NoticeView = z.object({
  id: Id,
  orgUnitId: Id,
  unitName: z.string(),
  title: z.string(),
  body: z.string(),
  category: NoticeCategory,
  readBy: LocalDate.nullable(),
  publishedByName: z.string(),
  publishedAt: z.string(),
  /** The caller's own reading. */
  readAt: z.string().nullable(),
  readStatus: z.enum(["read", "unread", "overdue"]),
  /** For notices the caller may follow up (published in their scope): readers so far and audience. */
  readCount: z.number().nullable(),
  audience: z.number().nullable(),
});
export type NoticeView = z.infer<typeof NoticeView>;

/** GET /api/v1/information/notices?scope=received|published */
export const NoticeListQuery = z.strictObject({ scope: z.enum(["received", "published"]).optional() });
export const NoticeList = z.object({ items: z.array(NoticeView) });
export type NoticeList = z.infer<typeof NoticeList>;

/** GET /api/v1/information/notices/{id}/receipts */
export const NoticeReceipts = z.object({
  noticeId: Id,
  title: z.string(),
  readBy: LocalDate.nullable(),
  readCount: z.number(),
  audience: z.number(),
  readers: z.array(z.object({ userId: Id, name: z.string(), unitName: z.string(), readAt: z.string() })),
  unread: z.array(z.object({ userId: Id, name: z.string(), unitName: z.string(), overdue: z.boolean() })),
});
export type NoticeReceipts = z.infer<typeof NoticeReceipts>;

/** GET|PUT /api/v1/information/retention-periods?orgUnitId */
export const RetentionQuery = z.strictObject({ orgUnitId: Id.optional() });
export const RetentionPeriods = z.object({
  orgUnitId: Id,
  items: z.array(z.object({ recordType: RecordType, months: z.number().int(), defaultMonths: z.number().int(), source: z.enum(["default", "unit", "inherited"]) })),
});
export type RetentionPeriods = z.infer<typeof RetentionPeriods>;
export const PutRetentionPeriodsRequest = z.strictObject({
  orgUnitId: Id,
  items: z.array(z.strictObject({ recordType: RecordType, months: z.number().int().min(1).max(600) })).min(1).max(20),
});

/** GET /api/v1/information/disposals?orgUnitId — records past their retention, and disposals approved. */
export const DisposalQuery = z.strictObject({ orgUnitId: Id.optional() });
export const DisposalList = z.object({
  orgUnitId: Id,
  today: LocalDate,
  items: z.array(
    z.object({
      recordType: RecordType,
      recordId: Id,
      orgUnitId: Id,
      unitName: z.string(),
      recordDate: LocalDate,
      retentionEndsOn: LocalDate,
      disposed: z.object({ approvedByName: z.string(), approvedAt: z.string(), note: z.string().nullable() }).nullable(),
    }),
  ),
});
export type DisposalList = z.infer<typeof DisposalList>;

/** POST /api/v1/information/disposals — approve the disposal of one record past its retention (audited). */
export const ApproveDisposalRequest = z.strictObject({ recordType: RecordType, recordId: Id, note: z.string().trim().max(1000).optional() });

// ---------------------------------------------------------------- I-02 customer information flow
export const InfoKind = z.enum(["complaint", "surrender", "satisfaction", "productFeedback", "partner", "other"]);
export const SurrenderReason = z.enum(["financialNeed", "productMismatch", "salesMisleading", "serviceDissatisfaction", "betterProductElsewhere", "premiumBurden", "other"]);

/** POST /api/v1/information/entries — a teller or guide records what a customer reported (the counter's business date of today). */
export const RecordInfoEntryRequest = z.strictObject({
  orgUnitId: Id.optional(),
  kind: InfoKind,
  surrenderReason: SurrenderReason.optional(),
  content: z.string().trim().min(1).max(2000),
});
export const InfoEntryView = z.object({
  id: Id,
  orgUnitId: Id,
  businessDate: LocalDate,
  kind: InfoKind,
  surrenderReason: SurrenderReason.nullable(),
  content: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  consolidated: z.boolean(),
});
export type InfoEntryView = z.infer<typeof InfoEntryView>;
/** GET /api/v1/information/entries?orgUnitId&from&to */
export const InfoEntriesQuery = z.strictObject({ orgUnitId: Id.optional(), from: LocalDate, to: LocalDate });
export const InfoEntryList = z.object({ items: z.array(InfoEntryView), byKind: z.record(z.string(), z.number()), surrenderReasons: z.record(z.string(), z.number()) });
export type InfoEntryList = z.infer<typeof InfoEntryList>;

/** POST /api/v1/information/consolidations — the information officer consolidates a counter's week (the week containing `date`). */
export const ConsolidateWeekRequest = z.strictObject({
  orgUnitId: Id,
  date: LocalDate,
  summary: z.string().trim().min(1).max(4000),
  focusIssues: z.array(z.string().trim().min(1).max(500)).max(20),
});
export const ConsolidationView = z.object({
  id: Id,
  orgUnitId: Id,
  unitName: z.string(),
  weekFrom: LocalDate,
  weekTo: LocalDate,
  state: z.enum(["consolidated", "validated", "forwarded"]),
  summary: z.string(),
  focusIssues: z.array(z.string()),
  entryCount: z.number(),
  consolidatedByName: z.string(),
  consolidatedAt: z.string(),
  validatedByName: z.string().nullable(),
  validatedAt: z.string().nullable(),
  forwardedToUnitName: z.string().nullable(),
  forwardedAt: z.string().nullable(),
});
export type ConsolidationView = z.infer<typeof ConsolidationView>;
/** GET /api/v1/information/consolidations?orgUnitId — the subtree's weeks (the level above sees what was forwarded). */
export const ConsolidationsQuery = z.strictObject({ orgUnitId: Id.optional() });
export const ConsolidationList = z.object({ items: z.array(ConsolidationView) });
export type ConsolidationList = z.infer<typeof ConsolidationList>;
