/**
 * POST /api/v1/control/hand-backs/:id/confirm — K-02 the counter manager receives everything the
 * person holds at the counter, counted (已清点), into the safe. The rule: `assertHandBackReceivable`.
 */
import { COUNTED_MARK, DomainError, assertHandBackReceivable, handBackMovementNote } from "@ccms/core";
import { controlItemRepository, handBackRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { recordCustodyMovement } from "../items/record-custody-movement.js";
import { presentHandBacks } from "./present-hand-back.js";

export async function confirmHandBack(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined }) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const hb = await handBackRepository.findById(ex, id);
  if (!hb) throw notFound("hand_back", id);
  await counterInScope(ex, p, hb.counter_id).catch(() => {
    throw notFound("hand_back", id);
  });
  assertHandBackReceivable({ status: hb.status, userId: hb.user_id }, { userId: p.userId, isCounterManager: p.roles.includes("counterManager") });
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const held = await controlItemRepository.listHeldBy(tx, hb.counter_id, hb.user_id);
    for (const it of held) {
      await controlItemRepository.update(tx, it.id, { custodian_id: p.userId, in_safe: 1, updated_at: now.toISOString() });
      await recordCustodyMovement(tx, {
        itemId: it.id,
        counterId: hb.counter_id,
        kind: "hand_back",
        from: hb.user_id,
        to: p.userId,
        counted: true,
        serialFrom: it.serial_from,
        serialTo: it.serial_to,
        note: handBackMovementNote(body.note),
        by: p.userId,
        at: now,
      });
    }
    const n = await handBackRepository.markDoneIfPending(tx, id, { item_ids: JSON.stringify(held.map((h) => h.id)), received_by: p.userId, done_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "hand_back_not_pending", "This hand-back is not pending");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "control_item.handed_back",
      entityType: "hand_back",
      entityId: id,
      orgUnitId: hb.counter_id,
      details: { userId: hb.user_id, receivedBy: p.userId, itemIds: held.map((h) => h.id), counted: COUNTED_MARK },
    });
  });
  return (await presentHandBacks(ex, [(await handBackRepository.findById(ex, id))!]))[0]!;
}
