/** POST /api/v1/control/corrective-actions/:id/verify — by a manager other than the owner, only once done. */
import { DomainError } from "@ccms/core";
import { correctiveActionRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { getCorrectiveAction } from "./get-corrective-action.js";

export async function verifyCorrectiveAction(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined }) {
  requirePermission(p, "dailyops.patrol");
  const a = await getCorrectiveAction(ctx, p, id);
  if (a.status !== "done") throw new DomainError("conflict", "corrective_action_not_done", "Only a completed action is verified");
  if (a.ownerId === p.userId) throw new DomainError("forbidden", "verify_own_action", "Another person verifies the correction");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await correctiveActionRepository.verifyIfDone(tx, id, p.userId);
    if (n === 0) throw new DomainError("conflict", "corrective_action_not_done", "Only a completed action is verified");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "corrective_action.verified", entityType: "corrective_action", entityId: id, orgUnitId: a.counterId, details: { note: body.note ?? null } });
  });
  return getCorrectiveAction(ctx, p, id);
}
