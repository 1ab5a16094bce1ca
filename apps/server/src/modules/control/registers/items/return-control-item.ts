/**
 * POST /api/v1/control/items/:id/return — K-01 back into the safe (end of day, or leaving the counter), counted.
 * K-04 回缴单证联次不全的视同为遗失单证: serials returned incomplete are recorded as lost with the return.
 */
import { COUNTED_MARK, DomainError, assertItemActive, assertItemHeldBy, serialInRange } from "@ccms/core";
import { controlItemRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { businessDateOf } from "../../../daily-ops/counter-scope.js";
import { getControlItem } from "./get-control-item.js";
import { loadControlItem } from "./load-control-item.js";
import { recordCustodyMovement } from "./record-custody-movement.js";
import { recordItemLoss } from "./record-item-loss.js";

export async function returnControlItem(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined; incompleteSerials?: string[] | undefined }) {
  requirePermission(p, "seal.custody");
  const ex = ctx.database.db;
  const { item, counter } = await loadControlItem(ex, p, id);
  assertItemActive(item.status);
  if (item.custodian_id !== p.userId && !p.permissions.has("seal.manage")) assertItemHeldBy(item.custodian_id, p.userId);
  if (item.in_safe) throw new DomainError("conflict", "item_already_in_safe", "The item is already in the safe");
  const incomplete = [...new Set(body.incompleteSerials ?? [])];
  if (incomplete.length > 0) {
    if (item.kind !== "document") throw new DomainError("validation", "seal_has_no_serials", "A seal has no serials");
    const outside = incomplete.filter((s) => !serialInRange(s, { from: item.serial_from!, to: item.serial_to! }));
    if (outside.length > 0) throw new DomainError("unprocessable", "serial_out_of_range", "Serials outside the item's range", { serials: outside, held: { from: item.serial_from, to: item.serial_to } });
  }
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    if (incomplete.length > 0) {
      await recordItemLoss(ctx, tx, p, item, counter, {
        lossId: ulid(),
        serials: incomplete,
        incompleteSet: true,
        responsibleUserIds: item.custodian_id ? [item.custodian_id] : [p.userId],
        occurredOn: businessDateOf(counter, now),
        note: body.note ?? "回缴单证联次不全",
        now,
        markItemLost: false,
      });
    }
    const n = await controlItemRepository.updateIfInSafe(tx, id, 0, { in_safe: 1, updated_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "item_already_in_safe", "The item is already in the safe");
    await recordCustodyMovement(tx, { itemId: id, counterId: item.counter_id, kind: "returned", from: item.custodian_id, to: item.custodian_id, counted: true, serialFrom: item.serial_from, serialTo: item.serial_to, note: body.note ?? COUNTED_MARK, by: p.userId, at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "control_item.returned", entityType: "control_item", entityId: id, orgUnitId: item.counter_id, details: { custodianId: item.custodian_id, counted: COUNTED_MARK } });
  });
  return getControlItem(ctx, p, id);
}
