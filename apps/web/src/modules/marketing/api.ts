/** Types of the marketing API (type-only from the contracts) and its paths. */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type DutyPlan = z.infer<typeof C.DutyPlan>;
export type DutyNow = z.infer<typeof C.DutyNow>;
export type DutyLogList = z.infer<typeof C.DutyLogList>;
export type LeadList = z.infer<typeof C.LeadList>;
export type SubmissionList = z.infer<typeof C.SubmissionList>;

export const MARKETING_API = {
  dutyPlan: "/api/v1/marketing/duty-plan",
  slots: "/api/v1/marketing/duty-slots",
  slot: (id: string) => `/api/v1/marketing/duty-slots/${id}`,
  dutyNow: "/api/v1/marketing/duty-now",
  logs: "/api/v1/marketing/duty-logs",
  leads: "/api/v1/marketing/leads",
  leadsExport: "/api/v1/marketing/leads/export",
  submissions: "/api/v1/marketing/submissions",
  handle: (id: string) => `/api/v1/marketing/submissions/${id}/handle`,
} as const;
