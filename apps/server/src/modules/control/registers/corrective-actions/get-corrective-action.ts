/** GET /api/v1/control/corrective-actions/:id (404 outside scope). */
import type { CorrectiveActionResponse } from "@ccms/contracts";
import { correctiveActionRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../../../http/principal.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { presentCorrectiveActions } from "./present-corrective-action.js";

export async function getCorrectiveAction(ctx: AppContext, p: UserPrincipal, id: string): Promise<CorrectiveActionResponse> {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const r = await correctiveActionRepository.findById(ex, id);
  if (!r) throw notFound("corrective_action", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("corrective_action", id);
  });
  return (await presentCorrectiveActions(ex, [r], ctx.clock.now()))[0]!;
}
