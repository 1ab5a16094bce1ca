/**
 * C-21 complaint follow-through (seed 003 第二篇 Art.21–23, 28): referrals to the owning department,
 * leads on violations to the supervision/security department, compensation and penalties on the
 * ruling, the year-end report on the complaint mechanism.
 */
import { z } from "zod";
import { Id, Instant, LocalDate } from "./common.js";

export const FollowThroughKind = z.enum(["referral", "violation_lead"]);
export const FollowThroughStatus = z.enum(["open", "overdue", "replied", "repliedLate"]);

export const CreateReferralRequest = z.strictObject({
  /** Default: the department owning the ruling's category (process → operations, technology → IT, staffing → HR). */
  departmentCode: z.string().trim().min(1).max(40).optional(),
  ownerName: z.string().trim().min(1).max(40).optional(),
  subject: z.string().trim().min(1).max(500),
  /** Working days for the reply (default: the department's time limit). */
  days: z.number().int().min(1).max(60).optional(),
});
export type CreateReferralRequest = z.infer<typeof CreateReferralRequest>;

export const CreateViolationLeadRequest = z.strictObject({
  subject: z.string().trim().min(1).max(500),
  ownerName: z.string().trim().min(1).max(40).optional(),
  days: z.number().int().min(1).max(60).optional(),
});
export type CreateViolationLeadRequest = z.infer<typeof CreateViolationLeadRequest>;

export const ReplyFollowThroughRequest = z.strictObject({ reply: z.string().trim().min(1).max(2000) });
export type ReplyFollowThroughRequest = z.infer<typeof ReplyFollowThroughRequest>;

export const SettlementInput = z.strictObject({
  kind: z.enum(["compensation", "penalty"]),
  recipientName: z.string().trim().min(1).max(60),
  amountFen: z.number().int().min(1).max(100_000_000),
  reason: z.string().trim().min(1).max(500),
});
export const RecordSettlementsRequest = z.strictObject({ items: z.array(SettlementInput).min(1).max(20) });
export type RecordSettlementsRequest = z.infer<typeof RecordSettlementsRequest>;

export const FollowThroughView = z.object({
  id: Id,
  caseId: Id,
  caseNumber: z.string(),
  orgUnitName: z.string(),
  kind: FollowThroughKind,
  departmentCode: z.string(),
  departmentName: z.string(),
  ownerName: z.string().nullable(),
  subject: z.string(),
  receivedOn: LocalDate,
  dueDate: LocalDate,
  status: FollowThroughStatus,
  reply: z.string().nullable(),
  repliedByName: z.string().nullable(),
  repliedAt: Instant.nullable(),
  createdByName: z.string(),
});
export type FollowThroughView = z.infer<typeof FollowThroughView>;

export const SettlementView = z.object({
  id: Id,
  kind: z.enum(["compensation", "penalty"]),
  recipientName: z.string(),
  amountFen: z.number().int(),
  reason: z.string(),
  recordedByName: z.string(),
  recordedAt: Instant,
});
export type SettlementView = z.infer<typeof SettlementView>;

export const CaseFollowThrough = z.object({
  caseId: Id,
  caseNumber: z.string(),
  followThroughs: z.array(FollowThroughView),
  settlements: z.array(SettlementView),
});
export type CaseFollowThrough = z.infer<typeof CaseFollowThrough>;

export const ListFollowThroughsQuery = z.strictObject({ orgUnitId: Id.optional(), status: FollowThroughStatus.optional() });
export type ListFollowThroughsQuery = z.infer<typeof ListFollowThroughsQuery>;
export const FollowThroughList = z.object({ items: z.array(FollowThroughView) });
export type FollowThroughList = z.infer<typeof FollowThroughList>;

export const YearEndReportQuery = z.strictObject({ orgUnitId: Id.optional(), year: z.coerce.number().int().min(2000).max(2100) });
export type YearEndReportQuery = z.infer<typeof YearEndReportQuery>;
export const YearEndReportExportQuery = YearEndReportQuery.extend({ format: z.enum(["xlsx", "csv"]).optional() });
export type YearEndReportExportQuery = z.infer<typeof YearEndReportExportQuery>;

export const YearEndReport = z.object({
  orgUnitId: Id,
  unitName: z.string(),
  year: z.number().int(),
  from: LocalDate,
  to: LocalDate,
  generatedAt: Instant,
  complaints: z.number().int(),
  closed: z.number().int(),
  rulings: z.number().int(),
  responsible: z.number().int(),
  nonResponsible: z.number().int(),
  byCategory: z.record(z.string(), z.number().int()),
  appealed: z.number().int(),
  overturned: z.number().int(),
  referrals: z.number().int(),
  referralsReplied: z.number().int(),
  referralsRepliedOnTime: z.number().int(),
  referralsOpen: z.number().int(),
  referralsOverdue: z.number().int(),
  violationLeads: z.number().int(),
  violationLeadsReplied: z.number().int(),
  compensations: z.number().int(),
  compensationFen: z.number().int(),
  penalties: z.number().int(),
  penaltyFen: z.number().int(),
  byDepartment: z.array(z.object({ departmentCode: z.string(), departmentName: z.string(), referrals: z.number().int(), replied: z.number().int(), overdue: z.number().int() })),
});
export type YearEndReport = z.infer<typeof YearEndReport>;
