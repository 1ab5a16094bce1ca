/** POST /api/v1/control/items/:id/issue — K-01 out of the safe to a person, counted. A sub-range of a document batch splits the batch. */
import { COUNTED_MARK, DomainError, assertItemActive, assertRangeWithin, serialRangeQuantity, splitSerialRange } from "@ccms/core";
import { controlItemRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { userAtCounter } from "../../../daily-ops/staff-in-scope.js";
import { getControlItem } from "./get-control-item.js";
import { loadControlItem } from "./load-control-item.js";
import { recordCustodyMovement } from "./record-custody-movement.js";

export async function issueControlItem(ctx: AppContext, p: UserPrincipal, id: string, body: { toUserId: string; serialFrom?: string | undefined; serialTo?: string | undefined; note?: string | undefined }) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const { item, counter } = await loadControlItem(ex, p, id);
  assertItemActive(item.status);
  await userAtCounter(ex, p, body.toUserId, counter);
  if (!item.in_safe) throw new DomainError("conflict", "item_not_in_safe", "Issue from the safe only; use handover between persons", { custodianId: item.custodian_id });
  if ((body.serialFrom === undefined) !== (body.serialTo === undefined)) throw new DomainError("validation", "serial_range_incomplete", "Give both serialFrom and serialTo");
  if (item.kind === "seal" && body.serialFrom) throw new DomainError("validation", "seal_has_no_serials", "A seal has no serial range");
  const now = ctx.clock.now();
  let issuedId = id;
  let issuedRange: { from: string; to: string } | null = item.serial_from && item.serial_to ? { from: item.serial_from, to: item.serial_to } : null;
  let split: ReturnType<typeof splitSerialRange> | null = null;
  if (item.kind === "document" && body.serialFrom && body.serialTo) {
    const outer = { from: item.serial_from!, to: item.serial_to! };
    assertRangeWithin({ from: body.serialFrom, to: body.serialTo }, outer);
    split = splitSerialRange(outer, { from: body.serialFrom, to: body.serialTo });
    if (split.before || split.after) issuedId = ulid();
    issuedRange = split.taken;
  }
  await ctx.tx(async (tx) => {
    const base = {
      counter_id: item.counter_id,
      kind: item.kind,
      item_type: item.item_type,
      name: item.name,
      prefix: item.prefix,
      status: "active" as const,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    if (split && issuedId !== id) {
      // The original keeps the first remaining piece; a further remaining piece becomes a new item.
      const keep = split.before ?? split.after!;
      const extra = split.before && split.after ? split.after : null;
      const n = await controlItemRepository.updateIfInSafe(tx, id, 1, { serial_from: keep.from, serial_to: keep.to, quantity: serialRangeQuantity(keep), updated_at: now.toISOString() });
      if (n === 0) throw new DomainError("conflict", "item_not_in_safe", "The item left the safe meanwhile");
      await controlItemRepository.insert(tx, { ...base, id: issuedId, serial_from: split.taken.from, serial_to: split.taken.to, quantity: serialRangeQuantity(split.taken), custodian_id: body.toUserId, in_safe: 0, parent_id: id });
      await recordCustodyMovement(tx, { itemId: id, counterId: item.counter_id, kind: "split", from: item.custodian_id, to: item.custodian_id, counted: true, serialFrom: split.taken.from, serialTo: split.taken.to, note: issuedId, by: p.userId, at: now });
      if (extra) {
        const extraId = ulid();
        await controlItemRepository.insert(tx, { ...base, id: extraId, serial_from: extra.from, serial_to: extra.to, quantity: serialRangeQuantity(extra), custodian_id: item.custodian_id, in_safe: 1, parent_id: id });
        await recordCustodyMovement(tx, { itemId: extraId, counterId: item.counter_id, kind: "split", from: item.custodian_id, to: item.custodian_id, counted: true, serialFrom: extra.from, serialTo: extra.to, note: id, by: p.userId, at: now });
      }
    } else {
      const n = await controlItemRepository.updateIfInSafe(tx, id, 1, { custodian_id: body.toUserId, in_safe: 0, updated_at: now.toISOString() });
      if (n === 0) throw new DomainError("conflict", "item_not_in_safe", "The item left the safe meanwhile");
    }
    await recordCustodyMovement(tx, { itemId: issuedId, counterId: item.counter_id, kind: "issued", from: item.custodian_id, to: body.toUserId, counted: true, serialFrom: issuedRange?.from, serialTo: issuedRange?.to, note: body.note ?? COUNTED_MARK, by: p.userId, at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "control_item.issued",
      entityType: "control_item",
      entityId: issuedId,
      orgUnitId: item.counter_id,
      details: { from: item.custodian_id, to: body.toUserId, range: issuedRange, counted: COUNTED_MARK, splitFrom: issuedId !== id ? id : null },
    });
  });
  return getControlItem(ctx, p, issuedId);
}
