/** M-01 compile a period's results from the register and send them to the sales department (a submission with a status); audited. */
import type { SubmissionView, SubmitResultsRequest } from "@ccms/contracts";
import { compileMarketingResults, validateMarketingPeriod } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope, leadFacts, submissionViewOf } from "./marketing-shared.js";

export async function submitResults(ctx: AppContext, principal: Principal | null, input: SubmitResultsRequest): Promise<SubmissionView> {
  const p = requirePermission(principal, "marketing.submit");
  validateMarketingPeriod(input.from, input.to);
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, input.counterId);
  const figures = compileMarketingResults(leadFacts(await marketingRepository.leads(ex, counter.id, input.from, input.to)));
  const now = ctx.clock.now();
  const row = {
    id: ulid(),
    counter_id: counter.id,
    period_from: input.from,
    period_to: input.to,
    figures: JSON.stringify(figures),
    state: "submitted",
    note: input.note ?? null,
    submitted_by_name: p.displayName,
    submitted_at: now.toISOString(),
    handled_by_name: null,
    handled_at: null,
    handling_note: null,
  };
  await ctx.tx(async (tx) => {
    await marketingRepository.insertSubmission(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "marketing.results.submitted",
      entityType: "marketing_submission",
      entityId: row.id,
      orgUnitId: counter.id,
      details: { 网点: counter.name, 期间: `${input.from}至${input.to}`, 转介绍: figures.referrals, 成交: figures.sales, 意向客户: figures.prospects },
    });
  });
  return submissionViewOf({ ...row, counter_name: counter.name });
}
