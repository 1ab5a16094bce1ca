/** Types of the information API (type-only from the contracts) and its paths. */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type NoticeView = z.infer<typeof C.NoticeView>;
export type NoticeList = z.infer<typeof C.NoticeList>;
export type NoticeReceipts = z.infer<typeof C.NoticeReceipts>;
export type RetentionPeriods = z.infer<typeof C.RetentionPeriods>;
export type DisposalList = z.infer<typeof C.DisposalList>;
export type InfoEntryList = z.infer<typeof C.InfoEntryList>;
export type ConsolidationList = z.infer<typeof C.ConsolidationList>;
export type ConsolidationView = z.infer<typeof C.ConsolidationView>;

export const INFORMATION_API = {
  notices: "/api/v1/information/notices",
  read: (id: string) => `/api/v1/information/notices/${id}/read`,
  receipts: (id: string) => `/api/v1/information/notices/${id}/receipts`,
  retention: "/api/v1/information/retention-periods",
  disposals: "/api/v1/information/disposals",
  entries: "/api/v1/information/entries",
  consolidations: "/api/v1/information/consolidations",
  advance: (id: string, action: "validate" | "forward") => `/api/v1/information/consolidations/${id}/${action}`,
} as const;
