/**
 * C-03 seam: the cases module records unfinished matters as special matters at daily close
 * (`createSpecialMattersForDay(ctx, counterId, date)`). Wired in daily-ops.routes.ts when present;
 * while it is absent the close reports the check from the cases table (or "unavailable").
 */
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";

export type SpecialMattersFn = (ctx: AppContext, counterId: string, date: string, p: UserPrincipal | null) => Promise<{ created: string[]; skipped: number }>;
export const specialMattersProvider: { current: SpecialMattersFn | null } = { current: null };
