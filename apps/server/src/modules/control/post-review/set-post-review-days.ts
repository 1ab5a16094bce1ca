/** PUT /api/v1/control/post-review/settings — K-12 the counter's review time limit in working days (default 1). Audited. */
import { postReviewRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../http/principal.js";
import { counterInScope } from "../../daily-ops/counter-scope.js";
import { appendAudit } from "../audit.js";

export async function setPostReviewDays(ctx: AppContext, principal: UserPrincipal, body: { counterId: string; reviewDays: number }): Promise<{ counterId: string; reviewDays: number }> {
  const p = requirePermission(principal, "postreview.manage");
  const counter = await counterInScope(ctx.database.db, p, body.counterId);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await postReviewRepository.setReviewDays(tx, counter.id, body.reviewDays, p.userId, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "post_review.settings_changed", entityType: "org_unit", entityId: counter.id, orgUnitId: counter.id, details: { 网点: counter.name, 复核时限工作日: body.reviewDays } });
  });
  return { counterId: counter.id, reviewDays: body.reviewDays };
}
