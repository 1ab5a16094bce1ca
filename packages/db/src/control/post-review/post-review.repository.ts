/** K-12 the post-review queue: SQL only, no rules. */
import type { Executor } from "../../shared/database.js";
import type { PostReviewItemTable } from "./schema.js";

export type PostReviewItemRow = PostReviewItemTable & { performer_name: string; reviewer_name: string | null };

function withNames(ex: Executor) {
  return ex
    .selectFrom("post_review_items")
    .innerJoin("users as p", "p.id", "post_review_items.performed_by")
    .leftJoin("users as r", "r.id", "post_review_items.reviewer_id")
    .selectAll("post_review_items")
    .select(["p.display_name as performer_name", "r.display_name as reviewer_name"]);
}

export const postReviewRepository = {
  /** Idempotent by source: a transaction enters the queue once. Returns false when it was already there. */
  async insertIfAbsent(ex: Executor, row: PostReviewItemTable): Promise<boolean> {
    const exists = await ex.selectFrom("post_review_items").select("id").where("source_type", "=", row.source_type).where("source_id", "=", row.source_id).executeTakeFirst();
    if (exists) return false;
    await ex.insertInto("post_review_items").values(row).execute();
    return true;
  },
  async find(ex: Executor, id: string): Promise<PostReviewItemRow | undefined> {
    return withNames(ex).where("post_review_items.id", "=", id).executeTakeFirst();
  },
  async list(ex: Executor, counterIds: readonly string[], f: { status?: PostReviewItemTable["status"] | undefined; dueBy?: string | undefined }): Promise<PostReviewItemRow[]> {
    if (counterIds.length === 0) return [];
    let q = withNames(ex).where("post_review_items.counter_id", "in", counterIds);
    if (f.status) q = q.where("post_review_items.status", "=", f.status);
    if (f.dueBy) q = q.where("post_review_items.due_date", "<=", f.dueBy);
    return q.orderBy("post_review_items.due_date").orderBy("post_review_items.completed_at").orderBy("post_review_items.id").limit(1000).execute();
  },
  /** Sets the outcome only while pending (compare-and-set); returns the rows changed. */
  async review(ex: Executor, id: string, patch: { status: "passed" | "failed"; reviewer_id: string; reviewed_at: string; review_note: string | null; finding_id: string | null }): Promise<number> {
    const r = await ex.updateTable("post_review_items").set(patch).where("id", "=", id).where("status", "=", "pending").executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  async reviewDays(ex: Executor, counterId: string): Promise<number | null> {
    const r = await ex.selectFrom("post_review_settings").select("review_days").where("counter_id", "=", counterId).executeTakeFirst();
    return r?.review_days ?? null;
  },
  async setReviewDays(ex: Executor, counterId: string, days: number, by: string, at: string): Promise<void> {
    const n = await ex.updateTable("post_review_settings").set({ review_days: days, updated_by: by, updated_at: at }).where("counter_id", "=", counterId).executeTakeFirst();
    if (Number(n.numUpdatedRows) === 0) await ex.insertInto("post_review_settings").values({ counter_id: counterId, review_days: days, updated_by: by, updated_at: at }).execute();
  },
};
