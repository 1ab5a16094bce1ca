/** POST /api/v1/control/items/:id/handover — between persons: only what the giver holds (409 item_not_held), counted. */
import { COUNTED_MARK, DomainError, assertItemActive, assertItemHeldBy } from "@ccms/core";
import { controlItemRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { userAtCounter } from "../../../daily-ops/staff-in-scope.js";
import { getControlItem } from "./get-control-item.js";
import { loadControlItem } from "./load-control-item.js";
import { recordCustodyMovement } from "./record-custody-movement.js";

export async function handoverControlItem(ctx: AppContext, p: UserPrincipal, id: string, body: { fromUserId?: string | undefined; toUserId: string; note?: string | undefined }) {
  requirePermission(p, "seal.custody");
  const ex = ctx.database.db;
  const { item, counter } = await loadControlItem(ex, p, id);
  assertItemActive(item.status);
  const from = body.fromUserId ?? p.userId;
  if (from !== p.userId) requirePermission(p, "seal.manage");
  assertItemHeldBy(item.custodian_id, from);
  if (body.toUserId === from) throw new DomainError("validation", "handover_to_self", "Hand over to another person");
  await userAtCounter(ex, p, body.toUserId, counter);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await controlItemRepository.updateIfHeldBy(tx, id, from, { custodian_id: body.toUserId, updated_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "item_not_held", "The item is not held by this person");
    await recordCustodyMovement(tx, { itemId: id, counterId: item.counter_id, kind: "handed_over", from, to: body.toUserId, counted: true, serialFrom: item.serial_from, serialTo: item.serial_to, note: body.note ?? COUNTED_MARK, by: p.userId, at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "control_item.handed_over", entityType: "control_item", entityId: id, orgUnitId: item.counter_id, details: { from, to: body.toUserId, counted: COUNTED_MARK } });
  });
  return getControlItem(ctx, p, id);
}
