/**
 * K-04 write one loss inside the caller's transaction: the record, the movement, and the finding it
 * raises (the rule: `lossFinding` in core — a lost seal its own `seal_loss`; documents the monthly
 * compensation finding past 2, one per counter and month, extended by later losses). Returns the
 * month's count of important documents lost at the counter.
 */
import { lossFinding, lossFindingKind, lossMarksItemLost, lossQuantityOf, monthOf, monthlyDocumentLossCount } from "@ccms/core";
import { type ControlItemRow, type Executor, type OrgUnit, controlFindingRepository, controlItemRepository, counterManagerRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { raiseFinding } from "../findings/raise-finding.js";
import { lossRecordOf } from "./count-month-document-losses.js";
import { recordCustodyMovement } from "./record-custody-movement.js";

export interface ItemLossInput {
  lossId: string;
  serials: string[];
  incompleteSet: boolean;
  responsibleUserIds: string[];
  occurredOn: string;
  note: string;
  now: Date;
  /** A reported loss may mark the item lost; serials missing from a return never do. */
  markItemLost: boolean;
}

export async function recordItemLoss(ctx: AppContext, tx: Executor, p: UserPrincipal, item: ControlItemRow, counter: OrgUnit, input: ItemLossInput): Promise<number> {
  const { lossId, serials, occurredOn, now } = input;
  const id = item.id;
  const month = monthOf(occurredOn);
  const record = { kind: item.kind, serialCount: serials.length, incompleteSet: input.incompleteSet };
  const quantity = lossQuantityOf(record);
  await controlItemRepository.insertLoss(tx, {
    id: lossId,
    item_id: id,
    counter_id: item.counter_id,
    kind: item.kind,
    serials: JSON.stringify(serials),
    quantity,
    incomplete_set: input.incompleteSet ? 1 : 0,
    responsible_user_ids: JSON.stringify(input.responsibleUserIds),
    occurred_on: occurredOn,
    month,
    note: input.note,
    recorded_by: p.userId,
    created_at: now.toISOString(),
    finding_id: null,
  });
  if (input.markItemLost && lossMarksItemLost(record, item.quantity)) {
    await controlItemRepository.update(tx, id, { status: "lost", updated_at: now.toISOString() });
  }
  await recordCustodyMovement(tx, { itemId: id, counterId: item.counter_id, kind: "lost", from: item.custodian_id, to: null, counted: true, note: input.note, by: p.userId, at: now });
  const monthLosses = await controlItemRepository.listLossesOfMonth(tx, item.counter_id, month);
  const monthCount = monthlyDocumentLossCount(monthLosses.map(lossRecordOf));
  const managerIds = lossFindingKind(record, monthCount) ? await counterManagerRepository.listIds(tx, item.counter_id) : [];
  const draft = lossFinding({
    item: { id, counterId: item.counter_id, name: item.name, itemType: item.item_type, custodianId: item.custodian_id, quantity: item.quantity },
    loss: { ...record, id: lossId, occurredOn, note: input.note, responsibleUserIds: input.responsibleUserIds },
    monthCount,
    monthLosses: monthLosses.map((l) => ({ id: l.id, kind: l.kind, responsibleUserIds: JSON.parse(l.responsible_user_ids) as string[] })),
    managerIds,
  });
  if (draft) {
    const unit = { orgUnitId: counter.id, orgUnitPath: counter.path };
    let findingId: string;
    if (draft.kind === "seal_loss") {
      findingId = await raiseFinding(ctx, tx, actorOf(p), now, { ...unit, kind: draft.kind, subjectUserIds: draft.subjectUserIds, title: draft.title, details: draft.details });
    } else {
      const existing = await controlFindingRepository.findByDedupeKey(tx, draft.dedupeKey);
      if (existing) {
        findingId = existing.id;
        await controlFindingRepository.update(tx, findingId, { subject_user_ids: JSON.stringify([...new Set(draft.subjectUserIds)]), details: JSON.stringify(draft.details) });
      } else {
        findingId = await raiseFinding(ctx, tx, actorOf(p), now, { ...unit, kind: draft.kind, subjectUserIds: draft.subjectUserIds, title: draft.title, details: draft.details, dedupeKey: draft.dedupeKey });
      }
    }
    await controlItemRepository.setLossFinding(tx, lossId, findingId);
  }
  await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "control_item.lost", entityType: "control_item", entityId: id, orgUnitId: item.counter_id, details: { serials, quantity, incompleteSet: input.incompleteSet, monthCount } });
  return monthCount;
}
