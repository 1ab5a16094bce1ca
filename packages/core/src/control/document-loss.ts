/**
 * K-04 (seed 001 九): 同一柜面当月发生重要单证丢失 2 份以上（不含 2 份）的，相关责任人及客户服务中心
 * 经理/柜面主管须交纳单证管理补偿金；回缴单证联次不全的视同为遗失单证。
 * Only important documents count toward the monthly limit; a lost seal is its own finding
 * (`seal_loss`), never a document count.
 */
export const IMPORTANT_DOCUMENT_MONTHLY_LIMIT = 2;

export interface LossRecord {
  kind: "seal" | "document";
  /** Serial numbers named as lost (documents). */
  serialCount: number;
  /** A returned set with copies (联次) missing: counts as lost. */
  incompleteSet: boolean;
}

/** Documents one loss record counts: its serials; an incomplete returned set counts at least 1; a seal 0. */
export function documentsLostBy(r: LossRecord): number {
  switch (r.kind) {
    case "seal":
      return 0;
    case "document":
      return Math.max(r.serialCount, r.incompleteSet ? 1 : 0, 1);
  }
}

/** Important documents lost at one counter in one month (seals excluded). */
export function monthlyDocumentLossCount(records: readonly LossRecord[]): number {
  return records.reduce((s, r) => s + documentsLostBy(r), 0);
}

/** K-04 compensation is due when the month's count is more than 2 (2 itself does not). */
export function documentCompensationDue(monthCount: number, limit = IMPORTANT_DOCUMENT_MONTHLY_LIMIT): boolean {
  return monthCount > limit;
}

/** What a loss raises: a seal loss is its own finding at once; documents only past the monthly limit. */
export function lossFindingKind(record: LossRecord, monthCountAfter: number): "seal_loss" | "seal_loss_compensation" | null {
  if (record.kind === "seal") return "seal_loss";
  return documentCompensationDue(monthCountAfter) ? "seal_loss_compensation" : null;
}
