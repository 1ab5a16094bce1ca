/** C-21 types of the follow-through API (type-only from the contracts) and its paths. */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type FollowThroughList = z.infer<typeof C.FollowThroughList>;
export type FollowThroughView = z.infer<typeof C.FollowThroughView>;
export type CaseFollowThrough = z.infer<typeof C.CaseFollowThrough>;
export type YearEndReport = z.infer<typeof C.YearEndReport>;
export type RulingList = z.infer<typeof C.RulingList>;
export type HqDepartmentList = z.infer<typeof C.HqDepartmentList>;

export const FOLLOW_API = {
  list: "/cases/follow-through",
  ofCase: (id: string) => `/cases/${id}/follow-through`,
  referral: (id: string) => `/cases/${id}/follow-through/referrals`,
  lead: (id: string) => `/cases/${id}/follow-through/violation-leads`,
  settlements: (id: string) => `/cases/${id}/follow-through/settlements`,
  reply: (id: string) => `/cases/follow-through/${id}/reply`,
  report: "/cases/follow-through/year-end-report",
  rulings: "/cases/rulings",
};

export const STATUS_COLOR = { open: "blue", overdue: "red", replied: "green", repliedLate: "orange" } as const;
