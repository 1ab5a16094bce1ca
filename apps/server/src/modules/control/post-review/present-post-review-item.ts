/** K-12 a queue item as the API shows it: names, not ids; overdue by the counter's business date. */
import { type PostReviewStatus, isPostReviewOverdue } from "@ccms/core";
import type { PostReviewItemRow } from "@ccms/db";
import type { PostReviewItem } from "@ccms/contracts";

export function presentPostReviewItem(r: PostReviewItemRow, today: string, names: ReadonlyMap<string, string>): PostReviewItem {
  const participants = JSON.parse(r.participants) as string[];
  return {
    id: r.id,
    counterId: r.counter_id,
    sourceType: r.source_type,
    sourceId: r.source_id,
    summary: r.summary,
    performedBy: r.performed_by,
    performedByName: r.performer_name,
    participantNames: participants.map((u) => names.get(u) ?? "").filter(Boolean),
    completedAt: r.completed_at,
    businessDate: r.business_date,
    dueDate: r.due_date,
    status: r.status,
    overdue: isPostReviewOverdue({ status: r.status as PostReviewStatus, dueDate: r.due_date }, today),
    reviewerId: r.reviewer_id,
    reviewerName: r.reviewer_name,
    reviewedAt: r.reviewed_at,
    reviewNote: r.review_note,
    findingId: r.finding_id,
  };
}
