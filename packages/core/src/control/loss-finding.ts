/**
 * K-04 (seed 001 九) what a recorded loss raises, as a finding draft: a lost seal is its own
 * `seal_loss` finding at once (the responsible persons, the custodian and the counter managers);
 * important documents only when the month's count at the counter is more than 2 — one
 * `seal_loss_compensation` finding per counter and month (dedupe key), naming every person responsible
 * for a document lost that month and the counter managers, extended by later losses.
 */
import type { LocalDate } from "../shared/time.js";
import { type LossRecord, documentCompensationDue, documentsLostBy, lossFindingKind } from "./document-loss.js";

export interface LossFindingItem {
  id: string;
  counterId: string;
  name: string;
  itemType: string;
  custodianId: string | null;
  /** Pieces the item holds now (documents: serials in its range; a seal: 1). */
  quantity: number;
}

export interface LossFindingInput {
  item: LossFindingItem;
  loss: LossRecord & { id: string; occurredOn: LocalDate; note: string; responsibleUserIds: readonly string[] };
  /** The month's count of important documents lost at the counter, this loss included. */
  monthCount: number;
  /** Every loss recorded at the counter in the month, this one included. */
  monthLosses: ReadonlyArray<{ id: string; kind: "seal" | "document"; responsibleUserIds: readonly string[] }>;
  managerIds: readonly string[];
}

export type LossFindingDraft =
  | { kind: "seal_loss"; subjectUserIds: string[]; title: string; details: Record<string, unknown> }
  | { kind: "seal_loss_compensation"; dedupeKey: string; subjectUserIds: string[]; title: string; details: Record<string, unknown> };

/** The month (YYYY-MM) of a local date. */
const monthOfDate = (date: LocalDate): string => date.slice(0, 7);

/** K-04 one counter's compensation finding for one month. */
export const lossCompensationDedupeKey = (counterId: string, month: string): string => `k04:${counterId}:${month}`;

/** Pieces one loss record takes from the item: a seal 1; documents their count (an incomplete set at least 1). */
export function lossQuantityOf(record: LossRecord): number {
  return record.kind === "seal" ? 1 : documentsLostBy(record);
}

/** A reported loss marks the item lost when it is a seal, or when it takes every document of the batch. */
export function lossMarksItemLost(record: LossRecord, itemQuantity: number): boolean {
  return record.kind === "seal" || lossQuantityOf(record) >= itemQuantity;
}

/** K-04 the finding a loss raises, or null (documents at or below 2 in the month). */
export function lossFinding(input: LossFindingInput): LossFindingDraft | null {
  const { item, loss, monthCount, managerIds } = input;
  const kind = lossFindingKind(loss, monthCount);
  if (kind === "seal_loss") {
    return {
      kind,
      subjectUserIds: [...loss.responsibleUserIds, ...(item.custodianId ? [item.custodianId] : []), ...managerIds],
      title: `印章遗失：${item.name}`,
      details: {
        itemId: item.id,
        itemName: item.name,
        itemType: item.itemType,
        occurredOn: loss.occurredOn,
        lossId: loss.id,
        custodianId: item.custodianId,
        responsibleUserIds: [...loss.responsibleUserIds],
        managerIds: [...managerIds],
        note: loss.note,
      },
    };
  }
  if (!documentCompensationDue(monthCount)) return null;
  const month = monthOfDate(loss.occurredOn);
  const documentLosses = input.monthLosses.filter((l) => l.kind === "document");
  const responsible = [...new Set(documentLosses.flatMap((l) => l.responsibleUserIds))];
  return {
    kind: "seal_loss_compensation",
    dedupeKey: lossCompensationDedupeKey(item.counterId, month),
    subjectUserIds: [...responsible, ...managerIds],
    title: `重要单证当月遗失超过2份（${month}）`,
    details: { month, lostCount: monthCount, lossIds: documentLosses.map((l) => l.id), responsibleUserIds: responsible, managerIds: [...managerIds] },
  };
}
