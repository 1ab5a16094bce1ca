/** POST /api/v1/control/items — K-01 a seal, or a document batch with a serial range, received into the counter safe. */
import { DomainError, assertSerialRange, rangesOverlap, serialRangeQuantity } from "@ccms/core";
import type { RegisterControlItemRequest } from "@ccms/contracts";
import { controlItemRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { userAtCounter } from "../../../daily-ops/staff-in-scope.js";
import { getControlItem } from "./get-control-item.js";
import { recordCustodyMovement } from "./record-custody-movement.js";

export async function registerControlItem(ctx: AppContext, p: UserPrincipal, body: RegisterControlItemRequest) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const custodianId = body.custodianId ?? p.userId;
  if (body.custodianId) await userAtCounter(ex, p, body.custodianId, counter);
  let range: { from: string; to: string } | null = null;
  if (body.kind === "document") {
    const r = { from: body.serialFrom!, to: body.serialTo! };
    range = r;
    assertSerialRange(r);
    const same = await controlItemRepository.listDocumentsOfType(ex, counter.id, body.itemType);
    const clash = same.find((s) => s.serial_from && s.serial_to && (s.prefix ?? "") === (body.prefix ?? "") && rangesOverlap({ from: s.serial_from, to: s.serial_to }, r));
    if (clash) throw new DomainError("conflict", "serial_range_overlap", "These serials are already registered", { itemId: clash.id });
  } else if (body.serialFrom || body.serialTo) {
    throw new DomainError("validation", "seal_has_no_serials", "A seal has no serial range");
  }
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await controlItemRepository.insert(tx, {
      id,
      counter_id: counter.id,
      kind: body.kind,
      item_type: body.itemType,
      name: body.name,
      prefix: body.prefix ?? null,
      serial_from: range?.from ?? null,
      serial_to: range?.to ?? null,
      quantity: range ? serialRangeQuantity(range) : 1,
      custodian_id: custodianId,
      in_safe: 1,
      status: "active",
      parent_id: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await recordCustodyMovement(tx, { itemId: id, counterId: counter.id, kind: "registered", from: null, to: custodianId, counted: true, serialFrom: range?.from, serialTo: range?.to, by: p.userId, at: now });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "control_item.registered",
      entityType: "control_item",
      entityId: id,
      orgUnitId: counter.id,
      details: { kind: body.kind, itemType: body.itemType, name: body.name, range, custodianId },
    });
  });
  return getControlItem(ctx, p, id);
}
