/**
 * POST /api/v1/control/post-review — K-12 the person who completed a transaction alone (e.g. a case
 * action done single-handed) puts it in the counter's post-review queue. Audited.
 */
import { DomainError, localDateOf } from "@ccms/core";
import { postReviewRepository, staffLookupRepository } from "@ccms/db";
import type { PostReviewItem, RecordPostReviewItemRequest } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../http/principal.js";
import { counterInScope } from "../../daily-ops/counter-scope.js";
import { appendAudit } from "../audit.js";
import { enqueuePostReview } from "./enqueue-post-review.js";
import { presentPostReviewItem } from "./present-post-review-item.js";

export async function recordPostReviewItem(ctx: AppContext, principal: UserPrincipal, body: RecordPostReviewItemRequest): Promise<PostReviewItem> {
  const p = requirePermission(principal, "postreview.record");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const now = ctx.clock.now();
  const id = await ctx.tx(async (tx) => {
    const itemId = await enqueuePostReview(tx, { counter, sourceType: body.sourceType, sourceId: body.sourceId, summary: body.summary, performedBy: p.userId, completedAt: body.completedAt ? new Date(body.completedAt) : now }, now);
    if (!itemId) throw new DomainError("conflict", "post_review_already_queued", "This transaction is already in the post-review queue", { rule: "K-12" });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "post_review.queued", entityType: "post_review_item", entityId: itemId, orgUnitId: counter.id, details: { 事项: body.summary, 经办人: p.displayName } });
    return itemId;
  });
  const row = (await postReviewRepository.find(ex, id))!;
  const names = new Map((await staffLookupRepository.findByIds(ex, [p.userId])).map((u) => [u.id, u.displayName]));
  return presentPostReviewItem(row, localDateOf(now, counter.timeZone), names);
}
