/** A K-04 loss as the API shows it, with the month's count at its counter. */
import type { ItemLossRow } from "@ccms/db";

export function presentItemLoss(r: ItemLossRow, monthCount: number) {
  return {
    id: r.id,
    itemId: r.item_id,
    counterId: r.counter_id,
    kind: r.kind,
    serials: JSON.parse(r.serials) as string[],
    quantity: r.quantity,
    incompleteSet: r.incomplete_set === 1,
    responsibleUserIds: JSON.parse(r.responsible_user_ids) as string[],
    occurredOn: r.occurred_on,
    note: r.note,
    recordedById: r.recorded_by,
    createdAt: r.created_at,
    monthCount,
    findingId: r.finding_id,
  };
}
