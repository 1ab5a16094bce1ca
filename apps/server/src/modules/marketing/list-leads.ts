/** M-01 the 现场营销统计表 of a counter over dates, customers masked (K-09), with the compiled figures. */
import type { LeadList, LeadsQuery } from "@ccms/contracts";
import { compileMarketingResults, validateMarketingPeriod } from "@ccms/core";
import { marketingRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission } from "../../http/principal.js";
import { counterInScope, leadFacts, leadViewOf } from "./marketing-shared.js";

export async function listLeads(ctx: AppContext, principal: Principal | null, q: LeadsQuery): Promise<LeadList> {
  const p = requirePermission(principal, "marketing.read");
  validateMarketingPeriod(q.from, q.to);
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, q.counterId);
  const leads = await marketingRepository.leads(ex, counter.id, q.from, q.to);
  return { items: leads.map((l) => leadViewOf(l, true)), figures: compileMarketingResults(leadFacts(leads)) };
}
