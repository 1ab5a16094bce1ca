/** POST /api/v1/control/corrective-actions/:id/complete — by the owner (or a patrol manager), only while open. */
import { DomainError } from "@ccms/core";
import { correctiveActionRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { getCorrectiveAction } from "./get-corrective-action.js";

export async function completeCorrectiveAction(ctx: AppContext, p: UserPrincipal, id: string, body: { note: string; photos?: string[] | undefined }) {
  const a = await getCorrectiveAction(ctx, p, id);
  if (a.ownerId !== p.userId) requirePermission(p, "dailyops.patrol");
  if (a.status !== "open") throw new DomainError("conflict", "corrective_action_not_open", "This action is not open");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await correctiveActionRepository.completeIfOpen(tx, id, { resolution_note: body.note, photos: JSON.stringify(body.photos ?? []), done_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "corrective_action_not_open", "This action is not open");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "corrective_action.completed", entityType: "corrective_action", entityId: id, orgUnitId: a.counterId, details: { note: body.note } });
  });
  return getCorrectiveAction(ctx, p, id);
}
