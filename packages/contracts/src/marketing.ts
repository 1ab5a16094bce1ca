/**
 * M-01 on-site marketing: elite agents' duty plan per business hours, duty log, 现场营销统计表
 * (referrals by tellers, sales, prospects with customer, need and contact — masked in lists, export
 * audited), results compiled per period and sent to the sales department; the duty on the monitor.
 */
import { z } from "zod";
import { Id, Instant, LocalDate, LocalTime } from "./common.js";

export const DutySlotView = z.object({
  id: Id,
  counterId: Id,
  dutyDate: LocalDate,
  startsAt: LocalTime,
  endsAt: LocalTime,
  agentId: Id,
  agentName: z.string(),
  post: z.string().nullable(),
});
export type DutySlotView = z.infer<typeof DutySlotView>;

export const PlanDutySlotRequest = z.strictObject({
  counterId: Id,
  dutyDate: LocalDate,
  startsAt: LocalTime,
  endsAt: LocalTime,
  agentId: Id,
  /** where in the hall: 大堂, 贵宾室 … */
  post: z.string().trim().max(40).optional(),
});
export type PlanDutySlotRequest = z.infer<typeof PlanDutySlotRequest>;

export const DutyPlanQuery = z.strictObject({ counterId: Id, from: LocalDate, to: LocalDate });
export type DutyPlanQuery = z.infer<typeof DutyPlanQuery>;

export const DutyPlan = z.object({
  counterId: Id,
  counterName: z.string(),
  days: z.array(z.object({ date: LocalDate, frames: z.array(z.tuple([z.string(), z.string()])), slots: z.array(DutySlotView) })),
  agents: z.array(z.object({ id: Id, name: z.string() })),
});
export type DutyPlan = z.infer<typeof DutyPlan>;

/** The monitor's card: who is on duty now and next at a counter. */
export const DutyNowQuery = z.strictObject({ counterId: Id });
export const DutyNow = z.object({
  counterId: Id,
  date: LocalDate,
  time: LocalTime,
  current: z.array(DutySlotView),
  next: DutySlotView.nullable(),
  /** Today's business hours (frames) and the whole day's duty plan in time order (M-01, on the monitor). */
  frames: z.array(z.tuple([z.string(), z.string()])),
  today: z.array(DutySlotView),
});
export type DutyNow = z.infer<typeof DutyNow>;

export const RecordDutyLogRequest = z.strictObject({
  counterId: Id,
  dutyDate: LocalDate,
  agentId: Id,
  slotId: Id.optional(),
  arrivedAt: LocalTime.optional(),
  leftAt: LocalTime.optional(),
  notes: z.string().trim().max(2000).default(""),
});
export type RecordDutyLogRequest = z.infer<typeof RecordDutyLogRequest>;

export const DutyLogView = z.object({
  id: Id,
  dutyDate: LocalDate,
  agentName: z.string(),
  slot: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  notes: z.string(),
  recordedByName: z.string(),
  recordedAt: Instant,
});
export const DutyLogList = z.object({ items: z.array(DutyLogView) });
export type DutyLogList = z.infer<typeof DutyLogList>;

export const LeadKind = z.enum(["referral", "sale", "prospect"]);

export const RecordLeadRequest = z.strictObject({
  counterId: Id,
  businessDate: LocalDate.optional(),
  kind: LeadKind,
  customerName: z.string().trim().min(1).max(60),
  customerPhone: z.string().trim().regex(/^[0-9+\- ]{5,20}$/, "expected a phone number").optional(),
  need: z.string().trim().min(1).max(500),
  product: z.string().trim().max(100).optional(),
  amountFen: z.number().int().min(0).max(10_000_000_000).default(0),
  /** the teller who referred the customer (default: the caller when a referral) */
  referredById: Id.optional(),
  agentId: Id.optional(),
});
export type RecordLeadRequest = z.infer<typeof RecordLeadRequest>;

export const LeadView = z.object({
  id: Id,
  businessDate: LocalDate,
  kind: LeadKind,
  /** masked in lists (张**, 138****8000) */
  customerName: z.string(),
  customerPhone: z.string().nullable(),
  need: z.string(),
  product: z.string().nullable(),
  amountFen: z.number().int(),
  referredByName: z.string().nullable(),
  agentName: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: Instant,
});
export type LeadView = z.infer<typeof LeadView>;

export const LeadsQuery = z.strictObject({ counterId: Id, from: LocalDate, to: LocalDate });
export type LeadsQuery = z.infer<typeof LeadsQuery>;

export const MarketingFigures = z.object({
  referrals: z.number().int(),
  sales: z.number().int(),
  prospects: z.number().int(),
  salesAmountFen: z.number().int(),
  byTeller: z.array(z.object({ name: z.string(), referrals: z.number().int() })),
  byAgent: z.array(z.object({ name: z.string(), sales: z.number().int(), amountFen: z.number().int(), prospects: z.number().int() })),
});
export const LeadList = z.object({ items: z.array(LeadView), figures: MarketingFigures });
export type LeadList = z.infer<typeof LeadList>;

export const SubmissionState = z.enum(["submitted", "received", "returned"]);
export const SubmitResultsRequest = z.strictObject({ counterId: Id, from: LocalDate, to: LocalDate, note: z.string().trim().max(1000).optional() });
export type SubmitResultsRequest = z.infer<typeof SubmitResultsRequest>;
export const HandleSubmissionRequest = z.strictObject({ action: z.enum(["receive", "return"]), note: z.string().trim().max(1000).optional() });
export type HandleSubmissionRequest = z.infer<typeof HandleSubmissionRequest>;

export const SubmissionView = z.object({
  id: Id,
  counterId: Id,
  counterName: z.string(),
  periodFrom: LocalDate,
  periodTo: LocalDate,
  figures: MarketingFigures,
  state: SubmissionState,
  note: z.string().nullable(),
  submittedByName: z.string(),
  submittedAt: Instant,
  handledByName: z.string().nullable(),
  handledAt: Instant.nullable(),
  handlingNote: z.string().nullable(),
});
export type SubmissionView = z.infer<typeof SubmissionView>;
export const SubmissionsQuery = z.strictObject({ counterId: Id.optional() });
export const SubmissionList = z.object({ items: z.array(SubmissionView) });
export type SubmissionList = z.infer<typeof SubmissionList>;

/** The register with customers' names and phones, as xlsx or csv (marketing.export; audited). */
export const LeadsExportQuery = z.strictObject({ counterId: Id, from: LocalDate, to: LocalDate, format: z.enum(["xlsx", "csv"]).optional() });
export type LeadsExportQuery = z.infer<typeof LeadsExportQuery>;
