/**
 * D-02 … D-11 running an inspection: answers refer to items of the exact template version; a
 * failure needs its comment/photo when the item says so, and becomes a corrective action.
 */
import { DomainError } from "../shared/errors.js";
import { type InspectionTemplateItem, type InspectionTemplateSection, templateItems } from "./inspection-templates.js";

export type InspectionResult = "pass" | "fail" | "na";

export interface InspectionAnswerValue {
  itemKey: string;
  result: InspectionResult;
  comment?: string | undefined;
  photos?: string[] | undefined;
  ownerId?: string | undefined;
  dueDate?: string | undefined;
}

/**
 * Merge incoming answers over existing ones (by item key). An answer for an item that is not in
 * this template version is a 400 and nothing is merged.
 */
export function mergeInspectionAnswers(
  template: { sections: readonly InspectionTemplateSection[] },
  existing: readonly InspectionAnswerValue[],
  incoming: readonly InspectionAnswerValue[],
): InspectionAnswerValue[] {
  const known = new Set(templateItems(template).map((i) => i.key));
  const unknown = incoming.filter((a) => !known.has(a.itemKey)).map((a) => a.itemKey);
  if (unknown.length > 0) {
    throw new DomainError("validation", "unknown_inspection_item", "Answers for items not in this template version", { itemKeys: unknown });
  }
  const seen = new Set<string>();
  for (const a of incoming) {
    if (seen.has(a.itemKey)) throw new DomainError("validation", "duplicate_inspection_answer", `Item ${a.itemKey} answered twice`, { itemKey: a.itemKey });
    seen.add(a.itemKey);
  }
  const byKey = new Map(existing.map((a) => [a.itemKey, a]));
  for (const a of incoming) byKey.set(a.itemKey, a);
  // Keep template order.
  return templateItems(template)
    .map((i) => byKey.get(i.key))
    .filter((a): a is InspectionAnswerValue => a !== undefined);
}

export interface InspectionScore {
  /** 0–100 rounded to one decimal: passed weight / applicable (non-na) weight. 100 when nothing applies. */
  score: number;
  failed: InspectionTemplateItem[];
  missing: string[];
}

export function scoreInspection(template: { sections: readonly InspectionTemplateSection[] }, answers: readonly InspectionAnswerValue[]): InspectionScore {
  const byKey = new Map(answers.map((a) => [a.itemKey, a]));
  let applicable = 0;
  let passed = 0;
  const failed: InspectionTemplateItem[] = [];
  const missing: string[] = [];
  for (const item of templateItems(template)) {
    const a = byKey.get(item.key);
    if (!a) {
      missing.push(item.key);
      continue;
    }
    switch (a.result) {
      case "pass":
        applicable += item.weight;
        passed += item.weight;
        break;
      case "fail":
        applicable += item.weight;
        failed.push(item);
        break;
      case "na":
        break;
    }
  }
  const score = applicable === 0 ? 100 : Math.round((passed / applicable) * 1000) / 10;
  return { score, failed, missing };
}

/** Submit: every item answered; every failure carries what its item requires. */
export function assertInspectionSubmittable(template: { sections: readonly InspectionTemplateSection[] }, answers: readonly InspectionAnswerValue[]): InspectionScore {
  const s = scoreInspection(template, answers);
  if (s.missing.length > 0) {
    throw new DomainError("unprocessable", "inspection_incomplete", "Every item must be answered", { itemKeys: s.missing });
  }
  const byKey = new Map(answers.map((a) => [a.itemKey, a]));
  const noComment = s.failed.filter((i) => i.requireCommentOnFail && !byKey.get(i.key)?.comment?.trim()).map((i) => i.key);
  if (noComment.length > 0) throw new DomainError("unprocessable", "failure_comment_required", "A failed item needs a comment", { itemKeys: noComment });
  const noPhoto = s.failed.filter((i) => i.requirePhotoOnFail && (byKey.get(i.key)?.photos?.length ?? 0) === 0).map((i) => i.key);
  if (noPhoto.length > 0) throw new DomainError("unprocessable", "failure_photo_required", "A failed item needs a photo", { itemKeys: noPhoto });
  return s;
}
