/** D-10 record an item found at the counter (kept until returned). */
import { lostPropertyRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";
import { getLostProperty } from "./get-lost-property.js";

export async function recordLostProperty(ctx: AppContext, p: UserPrincipal, body: { counterId: string; description: string; foundAt?: string | undefined; foundPlace?: string | undefined; foundBy?: string | undefined; storedAt?: string | undefined }) {
  requirePermission(p, "lostproperty.manage");
  const counter = await counterInScope(ctx.database.db, p, body.counterId);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await lostPropertyRepository.insert(tx, {
      id,
      counter_id: counter.id,
      description: body.description,
      found_at: body.foundAt ? new Date(body.foundAt).toISOString() : now.toISOString(),
      found_place: body.foundPlace ?? null,
      found_by: body.foundBy ?? null,
      stored_at: body.storedAt ?? null,
      status: "kept",
      returned_to: null,
      identity_note: null,
      returned_at: null,
      note: null,
      recorded_by: p.userId,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "lost_property.recorded", entityType: "lost_property", entityId: id, orgUnitId: counter.id, details: {} });
  });
  return getLostProperty(ctx, p, id);
}
