/** M-01 the sales department receives the results, or returns them with a reason; audited. */
import type { HandleSubmissionRequest, SubmissionView } from "@ccms/contracts";
import { DomainError, type SubmissionState, nextSubmissionState } from "@ccms/core";
import { marketingRepository, orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, assertPathInScope, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { submissionViewOf } from "./marketing-shared.js";

export async function handleSubmission(ctx: AppContext, principal: Principal | null, id: string, input: HandleSubmissionRequest): Promise<SubmissionView> {
  const p = requirePermission(principal, "marketing.receive");
  const ex = ctx.database.db;
  const row = await marketingRepository.findSubmission(ex, id);
  const counter = row ? await orgUnitRepository.findById(ex, row.counter_id) : undefined;
  if (!row || !counter) throw notFound("marketing_submission", id);
  assertPathInScope(p, counter.path, "marketing_submission", id);
  if (input.action === "return" && !input.note) throw new DomainError("validation", "marketing_return_reason_required", "Returning results needs a reason", {});
  const state = nextSubmissionState(input.action, row.state as SubmissionState);
  const now = ctx.clock.now();
  const patch = { state, handled_by_name: p.displayName, handled_at: now.toISOString(), handling_note: input.note ?? null };
  await ctx.tx(async (tx) => {
    await marketingRepository.updateSubmission(tx, id, patch);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: input.action === "receive" ? "marketing.results.received" : "marketing.results.returned",
      entityType: "marketing_submission",
      entityId: id,
      orgUnitId: counter.id,
      details: { 网点: counter.name, 期间: `${row.period_from}至${row.period_to}`, ...(input.note ? { 说明: input.note } : {}) },
    });
  });
  return submissionViewOf({ ...row, ...patch });
}
