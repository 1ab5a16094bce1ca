/**
 * POST /api/v1/control/post-review/:id/review — K-12 a reviewer of the same counter who took no part
 * passes or fails the transaction; a failure raises a control finding (post_review_failed) naming the
 * person who did it. Audited.
 */
import { type PostReviewStatus, DomainError, assertMayReview, assertReviewNote, localDateOf } from "@ccms/core";
import { orgUnitRepository, postReviewRepository, staffLookupRepository } from "@ccms/db";
import type { PostReviewItem, ReviewPostReviewItemRequest } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { raiseFinding } from "../registers/findings/raise-finding.js";
import { presentPostReviewItem } from "./present-post-review-item.js";

export async function reviewPostReviewItem(ctx: AppContext, principal: UserPrincipal, id: string, body: ReviewPostReviewItemRequest): Promise<PostReviewItem> {
  const p = requirePermission(principal, "postreview.review");
  const ex = ctx.database.db;
  const item = await postReviewRepository.find(ex, id);
  if (!item) throw notFound("post_review_item", id);
  const counter = (await orgUnitRepository.findById(ex, item.counter_id))!;
  assertPathInScope(p, counter.path, "post_review_item", id);
  const participants = JSON.parse(item.participants) as string[];
  assertMayReview({ counterId: item.counter_id, participants, status: item.status as PostReviewStatus }, { userId: p.userId, counterId: p.orgUnitId });
  assertReviewNote(body.result, body.note);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    let findingId: string | null = null;
    if (body.result === "failed") {
      findingId = await raiseFinding(ctx, tx, actorOf(p), now, {
        kind: "post_review_failed",
        orgUnitId: counter.id,
        orgUnitPath: counter.path,
        subjectUserIds: [item.performed_by],
        title: `事后监督复核未通过：${item.summary}`,
        details: { postReviewItemId: item.id, 事项: item.summary, 经办人: item.performer_name, 复核人: p.displayName, 问题: body.note ?? "", rule: "K-12" },
        dedupeKey: `post_review:${item.id}`,
      });
    }
    const n = await postReviewRepository.review(tx, item.id, { status: body.result, reviewer_id: p.userId, reviewed_at: now.toISOString(), review_note: body.note?.trim() || null, finding_id: findingId });
    if (n === 0) throw new DomainError("conflict", "post_review_already_done", "This transaction has already been reviewed", { rule: "K-12" });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: body.result === "passed" ? "post_review.passed" : "post_review.failed",
      entityType: "post_review_item",
      entityId: item.id,
      orgUnitId: counter.id,
      details: { 事项: item.summary, 经办人: item.performer_name, 复核人: p.displayName, 结论: body.result === "passed" ? "通过" : "不通过", 说明: body.note ?? "" },
    });
  });
  const row = (await postReviewRepository.find(ex, id))!;
  const names = new Map((await staffLookupRepository.findByIds(ex, participants)).map((u) => [u.id, u.displayName]));
  return presentPostReviewItem(row, localDateOf(now, counter.timeZone), names);
}
