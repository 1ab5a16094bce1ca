/**
 * Issue 11 rules enforced and issue 10 the day's order: reopening a closed business day (D-06),
 * per-counter service targets (Q-07 peak periods and wait targets, Q-09 satisfaction, Q-03
 * appointment early/grace minutes), and the live targets view (Q-07, Q-09, CAL-03).
 */
import { z } from "zod";

const Time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "expected HH:mm");

/** POST /api/v1/daily-ops/closes/:id/reopen — the counter manager, with a reason (audited). */
export const ReopenDailyCloseRequest = z.strictObject({ reason: z.string().trim().min(2).max(1000) });
export type ReopenDailyCloseRequest = z.infer<typeof ReopenDailyCloseRequest>;
export const ReopenDailyCloseResponse = z.object({
  id: z.string(),
  closeId: z.string(),
  counterId: z.string(),
  businessDate: z.string(),
  reason: z.string(),
  reopenedById: z.string(),
  reopenedAt: z.string(),
});
export type ReopenDailyCloseResponse = z.infer<typeof ReopenDailyCloseResponse>;

const Frames = z.array(z.tuple([Time, Time])).max(6);
export const PeakPeriodsSchema = z.strictObject({ mon: Frames, tue: Frames, wed: Frames, thu: Frames, fri: Frames, sat: Frames, sun: Frames });

/** GET/PUT /api/v1/counters/:counterId/service-targets */
export const ServiceTargets = z.object({
  counterId: z.string(),
  /** Set peak periods per weekday, or null: the counter's own busiest hours (defaultPeakPeriods). */
  peakPeriods: PeakPeriodsSchema.nullable(),
  effectivePeakPeriods: PeakPeriodsSchema,
  peakSource: z.enum(["setting", "history"]),
  offPeakWaitMinutes: z.number().int(),
  peakWaitMinutes: z.number().int(),
  satisfactionTargetPercent: z.number().int(),
  appointmentEarlyMinutes: z.number().int(),
  appointmentGraceMinutes: z.number().int(),
});
export type ServiceTargets = z.infer<typeof ServiceTargets>;

export const UpdateServiceTargetsRequest = z.strictObject({
  peakPeriods: PeakPeriodsSchema.nullable().optional(),
  offPeakWaitMinutes: z.number().int().min(1).max(240).optional(),
  peakWaitMinutes: z.number().int().min(1).max(240).optional(),
  satisfactionTargetPercent: z.number().int().min(1).max(100).optional(),
  appointmentEarlyMinutes: z.number().int().min(0).max(120).optional(),
  appointmentGraceMinutes: z.number().int().min(0).max(240).optional(),
});
export type UpdateServiceTargetsRequest = z.infer<typeof UpdateServiceTargetsRequest>;

export const ServiceTargetAlert = z.object({
  kind: z.enum(["peak_wait_exceeded", "peak_wait_near_target", "offpeak_wait_exceeded", "offpeak_wait_near_target", "satisfaction_below_target", "lunch_duty_uncovered"]),
  severity: z.enum(["warning", "critical"]),
  period: z.tuple([z.string(), z.string()]).nullable(),
  value: z.number(),
  limit: z.number(),
});
export type ServiceTargetAlert = z.infer<typeof ServiceTargetAlert>;

/** GET /api/v1/counters/:counterId/service-status — what the interval job evaluates, for console and monitor. */
export const ServiceStatus = z.object({
  counterId: z.string(),
  businessDate: z.string(),
  inPeak: z.boolean(),
  period: z.tuple([z.string(), z.string()]).nullable(),
  averageWaitSeconds: z.number().nullable(),
  waitLimitSeconds: z.number(),
  satisfactionPercent: z.number().nullable(),
  satisfactionTargetPercent: z.number(),
  lunchDuty: z.object({ required: z.boolean(), window: z.object({ from: z.string(), to: z.string() }), status: z.enum(["not_required", "pending", "covered", "uncovered"]), userIds: z.array(z.string()) }),
  alerts: z.array(ServiceTargetAlert),
});
export type ServiceStatus = z.infer<typeof ServiceStatus>;
