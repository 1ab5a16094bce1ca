/**
 * K-12 post-review (事后监督复核, seed 001 九): every transaction completed by one person alone enters
 * the counter's queue; a reviewer of the same counter who took no part reviews it within the set
 * number of working days (default 1). Base path /api/v1/control/post-review.
 */
import { z } from "zod";
import { Id, Instant, LocalDate } from "./common.js";

export const PostReviewSource = z.enum(["ticket", "case_action", "seal_use"]);
export const PostReviewStatus = z.enum(["pending", "passed", "failed"]);

export const PostReviewItem = z.object({
  id: Id,
  counterId: Id,
  sourceType: PostReviewSource,
  sourceId: z.string(),
  summary: z.string(),
  performedBy: Id,
  performedByName: z.string(),
  participantNames: z.array(z.string()),
  completedAt: z.string(),
  businessDate: LocalDate,
  dueDate: LocalDate,
  status: PostReviewStatus,
  overdue: z.boolean(),
  reviewerId: Id.nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
  findingId: Id.nullable(),
});
export type PostReviewItem = z.infer<typeof PostReviewItem>;
export const PostReviewList = z.object({ items: z.array(PostReviewItem), reviewDays: z.number().int() });
export type PostReviewList = z.infer<typeof PostReviewList>;

/** GET /api/v1/control/post-review?counterId=&status=&overdueOnly= */
export const ListPostReviewQuery = z.strictObject({
  counterId: Id,
  status: PostReviewStatus.optional(),
  overdueOnly: z.enum(["true", "false"]).optional(),
});

/** POST /api/v1/control/post-review — a single-person transaction marked by the person who did it (e.g. a case action). */
export const RecordPostReviewItemRequest = z.strictObject({
  counterId: Id,
  sourceType: PostReviewSource,
  sourceId: z.string().trim().min(1).max(64),
  summary: z.string().trim().min(1).max(500),
  completedAt: Instant.optional(),
});
export type RecordPostReviewItemRequest = z.infer<typeof RecordPostReviewItemRequest>;

/** POST /api/v1/control/post-review/:id/review */
export const ReviewPostReviewItemRequest = z.strictObject({
  result: z.enum(["passed", "failed"]),
  note: z.string().trim().max(2000).optional(),
});
export type ReviewPostReviewItemRequest = z.infer<typeof ReviewPostReviewItemRequest>;

/** PUT /api/v1/control/post-review/settings */
export const PostReviewSettingsRequest = z.strictObject({ counterId: Id, reviewDays: z.number().int().min(0).max(10) });
export const PostReviewSettings = z.object({ counterId: Id, reviewDays: z.number().int() });
