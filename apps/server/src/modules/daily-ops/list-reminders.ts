/** The reminders of the counters in the caller's scope. */
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { computeReminders } from "./compute-reminders.js";
import { counterIdsInScope } from "./counter-scope.js";

export async function listReminders(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  return { items: await computeReminders(ex, await counterIdsInScope(ex, p, q.counterId), ctx.clock.now()) };
}
