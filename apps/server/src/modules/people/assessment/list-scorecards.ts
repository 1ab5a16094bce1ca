/**
 * P-14 the cards of a unit's quarter: people with people.read see the unit's cards; everyone else
 * sees only their own card (an employee sees their card and can comment on it).
 */
import { assessmentRunRepository, orgUnitRepository, scorecardRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, notFound, unitInScope } from "../../../http/principal.js";
import { cardViews } from "./card-view.js";
import { runView } from "./run-view.js";

export async function listScorecards(ctx: AppContext, p: UserPrincipal, q: { orgUnitId: string; quarter: string }) {
  const ex = ctx.database.db;
  const seesUnit = p.permissions.has("people.read");
  const unit = seesUnit ? await unitInScope(ex, p, q.orgUnitId) : await orgUnitRepository.findById(ex, q.orgUnitId);
  if (!unit || (!seesUnit && unit.id !== p.orgUnitId)) throw notFound("org_unit", q.orgUnitId);
  const run = await assessmentRunRepository.find(ex, unit.id, q.quarter);
  if (!run) return { run: null, items: [] };
  const rows = (await scorecardRepository.listByRun(ex, run.id)).filter((c) => seesUnit || c.user_id === p.userId);
  return { run: await runView(ex, run, unit), items: await cardViews(ex, rows) };
}
