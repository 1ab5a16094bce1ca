/** C-21 a case's follow-through: referrals, leads on violations, compensation and penalties on its ruling. */
import { localDateOf } from "@ccms/core";
import { followThroughRepository, orgUnitRepository } from "@ccms/db";
import type { CaseFollowThrough } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import type { Principal } from "../../../http/principal.js";
import { loadVisibleCase, need } from "../case-scope.js";
import { followThroughViews, settlementViews } from "./follow-through-views.js";

export async function viewCaseFollowThrough(ctx: AppContext, principal: Principal | null, caseId: string): Promise<CaseFollowThrough> {
  const p = need(principal, "case.read");
  const ex = ctx.database.db;
  const row = await loadVisibleCase(ex, p, caseId);
  const unit = await orgUnitRepository.findById(ex, row.org_unit_id);
  const today = localDateOf(ctx.clock.now(), unit?.timeZone ?? "Asia/Shanghai");
  const [fts, sts] = await Promise.all([followThroughRepository.listOfCase(ex, row.id), followThroughRepository.settlementsOfCase(ex, row.id)]);
  return { caseId: row.id, caseNumber: row.number, followThroughs: await followThroughViews(ex, fts, today), settlements: await settlementViews(ex, sts) };
}
