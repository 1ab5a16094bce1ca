/** K-12 the daily-close check: reviews due by the close date still pending (informational). */
import { postReviewBacklogCheck } from "@ccms/core";
import { postReviewRepository } from "@ccms/db";
import type { ExtraCloseCheck } from "../../daily-ops/extra-close-checks.js";

export const postReviewCloseCheck: ExtraCloseCheck = async (ex, counter, date) => {
  const pending = await postReviewRepository.list(ex, [counter.id], { status: "pending", dueBy: date });
  return postReviewBacklogCheck(pending.map((r) => ({ id: r.id, dueDate: r.due_date, summary: r.summary })), date);
};
