/** D-06 preview the daily close: runs the checks, changes nothing. */
import { canCloseDay, composeCloseChecks } from "@ccms/core";
import type { ClosePreview } from "@ccms/contracts";
import { dailyCloseRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";
import { gatherCloseFacts } from "./gather-close-facts.js";

export async function previewDailyClose(ctx: AppContext, p: UserPrincipal, q: { counterId: string; date?: string | undefined }): Promise<ClosePreview> {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  const date = q.date ?? businessDateOf(counter, ctx.clock.now());
  const checks = composeCloseChecks(await gatherCloseFacts(ctx, ex, counter, date), date) as ClosePreview["checks"];
  const closed = (await dailyCloseRepository.findOfDay(ex, counter.id, date)) !== undefined;
  return { counterId: counter.id, businessDate: date, alreadyClosed: closed, checks, canClose: !closed && canCloseDay(checks) };
}
