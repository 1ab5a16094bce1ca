/**
 * K-12 a case action that one person completed alone (`singlePerson: true` on the action request) goes
 * to the handling counter's post-review queue (事后监督复核), inside the action's transaction, through
 * the control module's enqueue use case. The source is the action's history entry; audited like a
 * queue item recorded by hand.
 */
import { DomainError } from "@ccms/core";
import type { CaseActionType } from "@ccms/core";
import type { CaseEventRow } from "@ccms/db";
import { actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { actionLabel } from "../control/audit-labels.js";
import { enqueuePostReview } from "../control/post-review/enqueue-post-review.js";
import type { CaseActionContext } from "./actions/case-action-context.js";

/** Returns the queue item id (null when this history entry was already queued). */
export async function queueCaseActionForPostReview(w: CaseActionContext, type: CaseActionType, appended: readonly CaseEventRow[]): Promise<string | null> {
  const { unit: counter } = await w.units.get(w.row.org_unit_id);
  if (counter.kind !== "counter") {
    throw new DomainError("validation", "case_post_review_needs_counter", "Only a case handled at a counter can be put in the post-review queue", { rule: "K-12", orgUnitId: counter.id });
  }
  const source = appended[appended.length - 1];
  const summary = `案件 ${w.row.number}：${actionLabel(`case.${type}`)}`;
  const itemId = await enqueuePostReview(w.tx, { counter, sourceType: "case_action", sourceId: source?.id ?? `${w.row.id}:${type}:${w.now.toISOString()}`, summary, performedBy: w.p.userId, completedAt: w.now }, w.now);
  if (itemId) {
    await appendAudit(w.tx, w.ctx.database.engine, actorOf(w.p), w.now, { action: "post_review.queued", entityType: "post_review_item", entityId: itemId, orgUnitId: counter.id, details: { 事项: summary, 经办人: w.p.displayName } });
  }
  return itemId;
}
