/** K-12 post-review queue routes (issue 17 item 1): routes only translate. */
import { IdParams, ListPostReviewQuery, PostReviewItem, PostReviewList, PostReviewSettings, PostReviewSettingsRequest, RecordPostReviewItemRequest, ReviewPostReviewItemRequest } from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { requireUser } from "../../../http/principal.js";
import { registerCloseCheck } from "../../daily-ops/extra-close-checks.js";
import { registerActions } from "../permissions.js";
import { listPostReview } from "./list-post-review.js";
import { postReviewCloseCheck } from "./post-review-close-check.js";
import { recordPostReviewItem } from "./record-post-review-item.js";
import { reviewPostReviewItem } from "./review-post-review-item.js";
import { setPostReviewDays } from "./set-post-review-days.js";

export const POST_REVIEW_PERMISSION_ACTIONS = ["postreview.record", "postreview.review", "postreview.manage"];

export function postReviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(POST_REVIEW_PERMISSION_ACTIONS);
  registerCloseCheck("post_review_backlog", postReviewCloseCheck);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/control/post-review";
  const tags = ["control-post-review"];
  const u = (req: { principal: unknown }) => requireUser(req.principal as never);
  r.get(base, { schema: { tags, summary: "A counter's post-review queue (K-12)", querystring: ListPostReviewQuery, response: { 200: PostReviewList } } }, async (req) => listPostReview(ctx, u(req), req.query));
  r.post(base, { schema: { tags, summary: "Put a single-person transaction in the post-review queue (K-12)", body: RecordPostReviewItemRequest, response: { 201: PostReviewItem } } }, async (req, reply) => reply.status(201).send(await recordPostReviewItem(ctx, u(req), req.body)));
  r.post(`${base}/:id/review`, { schema: { tags, summary: "Review a single-person transaction; a failure raises a finding (K-12)", params: IdParams, body: ReviewPostReviewItemRequest, response: { 200: PostReviewItem } } }, async (req) => reviewPostReviewItem(ctx, u(req), req.params.id, req.body));
  r.put(`${base}/settings`, { schema: { tags, summary: "The counter's review time limit in working days (K-12)", body: PostReviewSettingsRequest, response: { 200: PostReviewSettings } } }, async (req) => setPostReviewDays(ctx, u(req), req.body));
}
