/** C-21 the follow-through board: every referral and lead of cases in scope, with due date and status. */
import { localDateOf } from "@ccms/core";
import { followThroughRepository, orgUnitRepository } from "@ccms/db";
import type { FollowThroughList, ListFollowThroughsQuery } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, unitInScope } from "../../../http/principal.js";
import { need } from "../case-scope.js";
import { followThroughViews } from "./follow-through-views.js";

export async function listFollowThroughs(ctx: AppContext, principal: Principal | null, q: ListFollowThroughsQuery): Promise<FollowThroughList> {
  const p = need(principal, "case.read");
  const ex = ctx.database.db;
  const unit = q.orgUnitId ? await unitInScope(ex, p, q.orgUnitId) : (await orgUnitRepository.findById(ex, p.orgUnitId))!;
  const path = q.orgUnitId ? unit.path : p.scopePath;
  const today = localDateOf(ctx.clock.now(), unit.timeZone);
  const items = await followThroughViews(ex, await followThroughRepository.listUnder(ex, path), today);
  return { items: q.status ? items.filter((i) => i.status === q.status) : items };
}
