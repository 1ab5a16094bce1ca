/**
 * K-12 (seed 001 九) a transaction completed by one person alone is post-reviewed (事后监督复核): it
 * enters the counter's post-review queue, a reviewer of the same counter who took no part reviews it
 * within a set number of working days (default 1, by the unit's working calendar); a failed review
 * raises a control finding; the overdue backlog is a daily-close check. Pure: calendar and dates are inputs.
 */
import { addWorkingDays } from "../../calendar/add-working-days.js";
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import { DomainError } from "../../shared/errors.js";
import type { LocalDate } from "../../shared/time.js";

export const POST_REVIEW_SOURCES = ["ticket", "case_action", "seal_use"] as const;
export type PostReviewSource = (typeof POST_REVIEW_SOURCES)[number];
export const POST_REVIEW_STATUSES = ["pending", "passed", "failed"] as const;
export type PostReviewStatus = (typeof POST_REVIEW_STATUSES)[number];
export const DEFAULT_POST_REVIEW_DAYS = 1;

/** K-12 the date a review is due: N working days after the business date of the transaction. */
export function postReviewDueDate(businessDate: LocalDate, days: number, calendar: WorkingCalendar): LocalDate {
  return addWorkingDays(businessDate, days, calendar);
}

/** K-12 a seal use is single-person when nobody else (a second person) took part. */
export function isSinglePersonSealUse(userId: string, secondPersonId: string | null | undefined): boolean {
  return !secondPersonId || secondPersonId === userId;
}

export type ReviewerRefusal = "reviewer_other_counter" | "reviewer_took_part" | "review_already_done";

/** K-12 why a person may not review an item (null: they may). */
export function reviewerRefusal(
  item: { counterId: string; participants: readonly string[]; status: PostReviewStatus },
  reviewer: { userId: string; counterId: string | null },
): ReviewerRefusal | null {
  if (item.status !== "pending") return "review_already_done";
  if (reviewer.counterId !== item.counterId) return "reviewer_other_counter";
  if (item.participants.includes(reviewer.userId)) return "reviewer_took_part";
  return null;
}

export function assertMayReview(item: Parameters<typeof reviewerRefusal>[0], reviewer: Parameters<typeof reviewerRefusal>[1]): void {
  const r = reviewerRefusal(item, reviewer);
  if (r === null) return;
  switch (r) {
    case "review_already_done":
      throw new DomainError("conflict", "post_review_already_done", "This transaction has already been reviewed", { rule: "K-12" });
    case "reviewer_other_counter":
      throw new DomainError("forbidden", "post_review_other_counter", "Only a reviewer of the same counter may review", { rule: "K-12" });
    case "reviewer_took_part":
      throw new DomainError("forbidden", "post_review_took_part", "A person who took part in the transaction may not review it", { rule: "K-12" });
  }
}

/** K-12 a failed review names what was wrong. */
export function assertReviewNote(result: "passed" | "failed", note: string | null | undefined): void {
  if (result === "failed" && !(note ?? "").trim()) throw new DomainError("validation", "post_review_note_required", "Say what was wrong when a review fails", { rule: "K-12" });
}

/** K-12 overdue: still pending after its due date. */
export function isPostReviewOverdue(item: { status: PostReviewStatus; dueDate: LocalDate }, today: LocalDate): boolean {
  return item.status === "pending" && item.dueDate < today;
}

/** K-12 the daily-close check: reviews due by the close date still pending (informational). */
export function postReviewBacklogCheck(pending: ReadonlyArray<{ id: string; dueDate: LocalDate; summary: string }>, date: LocalDate): { code: string; status: "passed" | "failed"; blocking: boolean; details: Record<string, unknown> } {
  const due = pending.filter((p) => p.dueDate <= date);
  return { code: "post_review_backlog", status: due.length === 0 ? "passed" : "failed", blocking: false, details: { count: due.length, items: due.slice(0, 50) } };
}
