/** K-04 important documents lost at one counter in one month (seal losses excluded). */
import { type LossRecord, monthlyDocumentLossCount } from "@ccms/core";
import { type Executor, type ItemLossRow, controlItemRepository } from "@ccms/db";

export const lossRecordOf = (r: ItemLossRow): LossRecord => ({ kind: r.kind, serialCount: r.quantity, incompleteSet: r.incomplete_set === 1 });

export async function countMonthDocumentLosses(ex: Executor, counterId: string, month: string): Promise<number> {
  return monthlyDocumentLossCount((await controlItemRepository.listLossesOfMonth(ex, counterId, month)).map(lossRecordOf));
}
