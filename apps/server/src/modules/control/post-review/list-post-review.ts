/** GET /api/v1/control/post-review — K-12 a counter's queue (pending first by due date), with the counter's review days. */
import { DEFAULT_POST_REVIEW_DAYS, DomainError, localDateOf } from "@ccms/core";
import { postReviewRepository, staffLookupRepository } from "@ccms/db";
import type { PostReviewList } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import type { UserPrincipal } from "../../../http/principal.js";
import { counterInScope } from "../../daily-ops/counter-scope.js";
import { presentPostReviewItem } from "./present-post-review-item.js";

export function assertMayReadPostReview(p: UserPrincipal): void {
  if (!p.permissions.has("postreview.review") && !p.permissions.has("postreview.record")) {
    throw new DomainError("forbidden", "permission_denied", "Missing permission postreview.review", { action: "postreview.review" });
  }
}

export async function listPostReview(ctx: AppContext, p: UserPrincipal, q: { counterId: string; status?: "pending" | "passed" | "failed" | undefined; overdueOnly?: "true" | "false" | undefined }): Promise<PostReviewList> {
  assertMayReadPostReview(p);
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  const today = localDateOf(ctx.clock.now(), counter.timeZone);
  const rows = await postReviewRepository.list(ex, [counter.id], { status: q.status });
  const names = new Map((await staffLookupRepository.findByIds(ex, [...new Set(rows.flatMap((r) => JSON.parse(r.participants) as string[]))])).map((u) => [u.id, u.displayName]));
  let items = rows.map((r) => presentPostReviewItem(r, today, names));
  if (q.overdueOnly === "true") items = items.filter((i) => i.overdue);
  return { items, reviewDays: (await postReviewRepository.reviewDays(ex, counter.id)) ?? DEFAULT_POST_REVIEW_DAYS };
}
