/** GET /api/v1/control/losses?counterId=&month= — K-04 losses with the month's count at each counter. */
import { controlItemRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { countMonthDocumentLosses } from "./count-month-document-losses.js";
import { presentItemLoss } from "./present-item-loss.js";

export async function listItemLosses(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; month?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlItemRepository.listLosses(ex, await counterIdsInScope(ex, p, q.counterId), { month: q.month });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.counter_id}|${r.month}`, await countMonthDocumentLosses(ex, r.counter_id, r.month));
  return { items: rows.map((r) => presentItemLoss(r, counts.get(`${r.counter_id}|${r.month}`) ?? 0)) };
}
