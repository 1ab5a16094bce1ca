/** Types of the calendar API (type-only from the contracts). */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type YearPreviewResponse = z.infer<typeof C.YearPreviewResponse>;
export type LoadYearResponse = z.infer<typeof C.LoadYearResponse>;
export type DeadlineMove = z.infer<typeof C.DeadlineMove>;
export type HoursChange = z.infer<typeof C.HoursChange>;
export type HoursChangeRequest = z.input<typeof C.HoursChangeRequest>;
export type HoursChangesResponse = z.infer<typeof C.HoursChangesResponse>;
export type HealthResponse = z.infer<typeof C.HealthResponse>;
export type OverrideKind = z.infer<typeof C.OverrideKind>;
