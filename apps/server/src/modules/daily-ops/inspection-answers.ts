/** Answers of the request as the core rules take them (empty optional fields left out). */
import type { InspectionAnswerValue } from "@ccms/core";
import type { InspectionAnswer } from "@ccms/contracts";

export function toAnswerValues(answers: readonly InspectionAnswer[]): InspectionAnswerValue[] {
  return answers.map((a) => ({
    itemKey: a.itemKey,
    result: a.result,
    ...(a.comment ? { comment: a.comment } : {}),
    ...(a.photos?.length ? { photos: a.photos } : {}),
    ...(a.ownerId ? { ownerId: a.ownerId } : {}),
    ...(a.dueDate ? { dueDate: a.dueDate } : {}),
  }));
}
