/** P-18 untrained staff liability (seed 002 §1.2.1.4): training passes, error charges, award eligibility. */
import { z } from "zod";
import { Id, Instant, LocalDate } from "./common.js";

export const RecordTrainingPass = z.strictObject({ course: z.string().trim().min(1).max(100), passedOn: LocalDate });
export type RecordTrainingPass = z.infer<typeof RecordTrainingPass>;

export const RecordErrorCharge = z.strictObject({ userId: Id, occurredOn: LocalDate, description: z.string().trim().min(1).max(1000) });
export type RecordErrorCharge = z.infer<typeof RecordErrorCharge>;

export const UntrainedReason = z.object({ kind: z.enum(["noTrainingPass", "missingCertificate"]), post: z.string().optional(), certificate: z.string().optional() });

export const ErrorChargeView = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  occurredOn: LocalDate,
  description: z.string(),
  untrained: z.boolean(),
  untrainedReasons: z.array(UntrainedReason),
  /** P-18 the department head charged too (untrained person). */
  headName: z.string().nullable(),
  recordedAt: Instant,
});
export type ErrorChargeView = z.infer<typeof ErrorChargeView>;

export const AwardEligibilityQuery = z.strictObject({ orgUnitId: Id.optional(), from: LocalDate, to: LocalDate });
export type AwardEligibilityQuery = z.infer<typeof AwardEligibilityQuery>;
export const AwardEligibility = z.object({
  orgUnitId: Id,
  unitName: z.string(),
  from: LocalDate,
  to: LocalDate,
  eligible: z.boolean(),
  /** The errors of untrained persons in the period that cost the eligibility. */
  reasons: z.array(ErrorChargeView),
  errors: z.array(ErrorChargeView),
});
export type AwardEligibility = z.infer<typeof AwardEligibility>;
export const TrainingPassView = z.object({ id: Id, userId: Id, course: z.string(), passedOn: LocalDate });
export type TrainingPassView = z.infer<typeof TrainingPassView>;
