/** D-10 hand a kept item back to its owner (identity checked, noted without the full number). */
import { DomainError } from "@ccms/core";
import { lostPropertyRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getLostProperty } from "./get-lost-property.js";

export async function returnLostProperty(ctx: AppContext, p: UserPrincipal, id: string, body: { returnedTo: string; identityNote?: string | undefined; note?: string | undefined }) {
  requirePermission(p, "lostproperty.manage");
  const item = await getLostProperty(ctx, p, id);
  if (item.status !== "kept") throw new DomainError("conflict", "lost_property_returned", "Already returned");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const returned = await lostPropertyRepository.markReturned(tx, id, { returnedTo: body.returnedTo, identityNote: body.identityNote ?? null, note: body.note ?? null, returnedAt: now.toISOString() });
    if (!returned) throw new DomainError("conflict", "lost_property_returned", "Already returned");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "lost_property.returned", entityType: "lost_property", entityId: id, orgUnitId: item.counterId, details: {} });
  });
  return getLostProperty(ctx, p, id);
}
