/** One daily close in the caller's scope. */
import { dailyCloseRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { counterInScope } from "./counter-scope.js";
import { presentClose } from "./present-daily-close.js";
import { usersByIds } from "./staff-in-scope.js";

export async function getDailyClose(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await dailyCloseRepository.findById(ex, id);
  if (!r) throw notFound("daily_close", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("daily_close", id);
  });
  const names = await usersByIds(ex, [r.closed_by]);
  return presentClose(r, names.get(r.closed_by)?.displayName ?? null);
}
