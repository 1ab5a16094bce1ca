/** D-07 the incoming lead confirms the handover; refused while an emergency at the counter is open. */
import { DomainError, assertHandoverAllowed } from "@ccms/core";
import { handoverRepository, incidentRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getHandover } from "./get-handover.js";

export async function confirmHandover(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined }) {
  requirePermission(p, "dailyops.handover");
  const h = await getHandover(ctx, p, id);
  if (h.incomingLeadId !== p.userId) throw new DomainError("forbidden", "not_incoming_lead", "Only the incoming lead confirms the handover");
  if (h.status !== "pending") throw new DomainError("conflict", "handover_already_confirmed", "The handover is already confirmed");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    assertHandoverAllowed((await incidentRepository.listOpen(tx, [h.counterId])).map((i) => i.id));
    if (!(await handoverRepository.confirmPending(tx, id, { note: body.note ?? null, confirmedAt: now.toISOString() }))) {
      throw new DomainError("conflict", "handover_already_confirmed", "The handover is already confirmed");
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "handover.confirmed",
      entityType: "shift_handover",
      entityId: id,
      orgUnitId: h.counterId,
      details: { note: body.note ?? null },
    });
  });
  return getHandover(ctx, p, id);
}
