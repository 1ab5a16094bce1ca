/**
 * K-12 put a single-person transaction in its counter's post-review queue, due N working days (the
 * counter's setting, default 1) after its business date by the counter's calendar. Idempotent by
 * source. Runs inside the caller's transaction (called by the use case that completed the transaction).
 */
import { DEFAULT_POST_REVIEW_DAYS, type PostReviewSource, localDateOf, postReviewDueDate } from "@ccms/core";
import { type Executor, type OrgUnit, postReviewRepository } from "@ccms/db";
import { ulid } from "ulid";
import { calendarForUnit } from "../../calendar/calendar-service.js";

export interface SinglePersonTransaction {
  counter: OrgUnit;
  sourceType: PostReviewSource;
  sourceId: string;
  summary: string;
  performedBy: string;
  participants?: readonly string[];
  completedAt: Date;
}

/** Returns the queue item id, or null when the transaction was already queued. */
export async function enqueuePostReview(ex: Executor, t: SinglePersonTransaction, now: Date): Promise<string | null> {
  const days = (await postReviewRepository.reviewDays(ex, t.counter.id)) ?? DEFAULT_POST_REVIEW_DAYS;
  const businessDate = localDateOf(t.completedAt, t.counter.timeZone);
  const dueDate = postReviewDueDate(businessDate, days, await calendarForUnit(ex, t.counter));
  const id = ulid();
  const inserted = await postReviewRepository.insertIfAbsent(ex, {
    id,
    counter_id: t.counter.id,
    source_type: t.sourceType,
    source_id: t.sourceId,
    summary: t.summary,
    performed_by: t.performedBy,
    participants: JSON.stringify([...new Set([t.performedBy, ...(t.participants ?? [])])]),
    completed_at: t.completedAt.toISOString(),
    business_date: businessDate,
    due_date: dueDate,
    status: "pending",
    reviewer_id: null,
    reviewed_at: null,
    review_note: null,
    finding_id: null,
    created_at: now.toISOString(),
  });
  return inserted ? id : null;
}
