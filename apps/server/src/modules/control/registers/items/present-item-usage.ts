/** A K-03 usage as the API shows it. */
import type { ItemUsageRow } from "@ccms/db";

export function presentItemUsage(r: ItemUsageRow) {
  return { id: r.id, itemId: r.item_id, counterId: r.counter_id, userId: r.user_id, documentRef: r.document_ref, purpose: r.purpose, serial: r.serial, usedAt: r.used_at };
}
