/** GET /api/v1/control/leaves?counterId=&userId=&on= — latest start first. */
import { leavePeriodRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { presentLeaves } from "./present-leave.js";

export async function listLeaves(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; userId?: string | undefined; on?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const unitIds = q.counterId ? [(await counterInScope(ex, p, q.counterId)).id] : (await orgUnitRepository.listSubtree(ex, p.scopePath)).map((u) => u.id);
  let rows = await leavePeriodRepository.listAtUnits(ex, unitIds, { userId: q.userId });
  if (q.on) rows = rows.filter((r) => r.date_from <= q.on! && q.on! <= r.date_to);
  return { items: await presentLeaves(ex, rows) };
}
