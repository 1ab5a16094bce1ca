/** GET /api/v1/control/corrective-actions?counterId=&status=&ownerId=&overdue= — earliest due first. */
import type { CorrectiveActionStatus } from "@ccms/core";
import { correctiveActionRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentCorrectiveActions } from "./present-corrective-action.js";

export async function listCorrectiveActions(
  ctx: AppContext,
  p: UserPrincipal,
  q: { counterId?: string | undefined; status?: CorrectiveActionStatus | undefined; ownerId?: string | undefined; overdue?: string | undefined },
) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await correctiveActionRepository.listAtCounters(ex, await counterIdsInScope(ex, p, q.counterId), { status: q.status, ownerId: q.ownerId });
  const items = await presentCorrectiveActions(ex, rows, ctx.clock.now());
  return { items: q.overdue === "true" ? items.filter((i) => i.overdue) : q.overdue === "false" ? items.filter((i) => !i.overdue) : items };
}
