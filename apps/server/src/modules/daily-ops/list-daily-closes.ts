/** D-06 the daily close register, latest business date first. */
import { dailyCloseRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentClose } from "./present-daily-close.js";
import { usersByIds } from "./staff-in-scope.js";

export async function listDailyCloses(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await dailyCloseRepository.listLatest(ex, { counterIds, from: q.from, to: q.to });
  const names = await usersByIds(ex, rows.map((r) => r.closed_by));
  return { items: rows.map((r) => presentClose(r, names.get(r.closed_by)?.displayName ?? null)) };
}
