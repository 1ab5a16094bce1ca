/** POST /api/v1/control/items/:id/usages — K-03 every use names its document; only by the holder; a document serial once. */
import { DomainError, assertItemActive, assertItemHeldBy, assertUsageReference, isSinglePersonSealUse, serialInRange } from "@ccms/core";
import { controlItemRepository, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { enqueuePostReview } from "../../post-review/enqueue-post-review.js";
import { userAtCounter } from "../../../daily-ops/staff-in-scope.js";
import { loadControlItem } from "./load-control-item.js";
import { presentItemUsage } from "./present-item-usage.js";

export async function recordItemUsage(ctx: AppContext, p: UserPrincipal, id: string, body: { documentRef: string; purpose: string; serial?: string | undefined; usedAt?: string | undefined; secondPersonId?: string | undefined }) {
  requirePermission(p, "seal.custody");
  const ex = ctx.database.db;
  const { item } = await loadControlItem(ex, p, id);
  assertItemActive(item.status);
  assertUsageReference(body.documentRef);
  assertItemHeldBy(item.custodian_id, p.userId);
  if (item.kind === "document") {
    if (!body.serial) throw new DomainError("validation", "serial_required", "Name the serial used");
    if (!serialInRange(body.serial, { from: item.serial_from!, to: item.serial_to! })) {
      throw new DomainError("unprocessable", "serial_out_of_range", "This serial is not in the range held", { serial: body.serial, held: { from: item.serial_from, to: item.serial_to } });
    }
    const used = await controlItemRepository.countSerialUsages(ex, id, body.serial);
    if (used > 0) throw new DomainError("conflict", "serial_already_used", "This serial was already used", { serial: body.serial });
  } else if (body.serial) {
    throw new DomainError("validation", "seal_has_no_serials", "A seal has no serials");
  }
  // K-12 a seal used without a second person present is post-reviewed.
  const counter = (await orgUnitRepository.findById(ex, item.counter_id))!;
  if (body.secondPersonId) await userAtCounter(ex, p, body.secondPersonId, counter);
  const singlePerson = item.kind === "seal" && isSinglePersonSealUse(p.userId, body.secondPersonId);
  const now = ctx.clock.now();
  const usageId = ulid();
  await ctx.tx(async (tx) => {
    await controlItemRepository.insertUsage(tx, {
      id: usageId,
      item_id: id,
      counter_id: item.counter_id,
      user_id: p.userId,
      document_ref: body.documentRef.trim(),
      purpose: body.purpose,
      serial: body.serial ?? null,
      used_at: body.usedAt ? new Date(body.usedAt).toISOString() : now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "control_item.used", entityType: "control_item", entityId: id, orgUnitId: item.counter_id, details: { documentRef: body.documentRef, serial: body.serial ?? null } });
    if (singlePerson) await enqueuePostReview(tx, { counter, sourceType: "seal_use", sourceId: usageId, summary: `用印：${item.name}（${body.documentRef.trim()}）`, performedBy: p.userId, completedAt: body.usedAt ? new Date(body.usedAt) : now }, now);
  });
  return presentItemUsage((await controlItemRepository.findUsage(ex, usageId))!);
}
