/**
 * People settings per unit (issue 14 rest, migration 030): the staffing figures (were constants) and
 * the P-08 approval chains by request kind and length (defaults 003-3 Art.17).
 */
import { z } from "zod";
import { Id, Instant } from "./common.js";
import { ApprovalLevel, LeaveRequestKind } from "./people.js";

export const PeopleSettingsQuery = z.strictObject({ orgUnitId: Id });
export type PeopleSettingsQuery = z.infer<typeof PeopleSettingsQuery>;

export const PutStaffingSettingsRequest = z.strictObject({
  /** Share of paid time not on post (breaks, training, absence), 0 … 0.9. Default 0.3. */
  shrinkage: z.number().min(0).max(0.9),
  /** Handling time in seconds used when the counter has no served tickets to measure. Default 600. */
  defaultAhtSeconds: z.number().int().min(10).max(14_400),
  /** Q-07 a peak half hour has at least this × the day's average arrivals. Default 1.5. */
  peakFactor: z.number().min(1).max(5),
  /** Staff as a 7×24 call centre (003-1 Art.60: 80 % answered in 10 s) rather than a counter. Default: the unit is open 7×24. */
  callCentre: z.boolean(),
});
export type PutStaffingSettingsRequest = z.infer<typeof PutStaffingSettingsRequest>;

export const StaffingSettingsView = z.object({
  orgUnitId: Id,
  shrinkage: z.number(),
  defaultAhtSeconds: z.number().int(),
  peakFactor: z.number(),
  callCentre: z.boolean(),
  /** default: nothing stored for the unit, the figures are the defaults. */
  source: z.enum(["default", "unit"]),
  defaults: z.object({ shrinkage: z.number(), defaultAhtSeconds: z.number().int(), peakFactor: z.number(), callCentre: z.boolean() }),
  updatedAt: Instant.nullable(),
  updatedByName: z.string().nullable(),
});
export type StaffingSettingsView = z.infer<typeof StaffingSettingsView>;

export const ApprovalRequestKind = z.enum([...LeaveRequestKind.options, "swap"]);
export const ApprovalChainRule = z.strictObject({
  kind: ApprovalRequestKind,
  /** The rule applies up to this length in half working days (inclusive); null = any longer length. */
  upToHalfDays: z.number().int().min(1).max(400).nullable(),
  steps: z.array(ApprovalLevel).min(1).max(3),
});
export type ApprovalChainRule = z.infer<typeof ApprovalChainRule>;

export const PutApprovalChainsRequest = z.strictObject({ rules: z.array(ApprovalChainRule).min(1).max(60) });
export type PutApprovalChainsRequest = z.infer<typeof PutApprovalChainsRequest>;

export const ApprovalChainsView = z.object({
  orgUnitId: Id,
  rules: z.array(ApprovalChainRule),
  source: z.enum(["default", "unit"]),
  defaults: z.array(ApprovalChainRule),
  updatedAt: Instant.nullable(),
  updatedByName: z.string().nullable(),
});
export type ApprovalChainsView = z.infer<typeof ApprovalChainsView>;
