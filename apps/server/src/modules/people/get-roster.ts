/** P-05 one roster of a unit in scope, its hard rules re-checked against today's leave and certificates. */
import { orgUnitRepository, rosterRepository } from "@ccms/db";
import type { RosterView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, assertPathInScope, notFound, requirePermission } from "../../http/principal.js";
import { rosterInputFor } from "./roster-input.js";
import { rosterView } from "./roster-view.js";

export async function getRoster(ctx: AppContext, p: UserPrincipal, id: string): Promise<RosterView> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const row = await rosterRepository.findById(ex, id);
  const unit = row ? await orgUnitRepository.findById(ex, row.org_unit_id) : undefined;
  if (!row || !unit) throw notFound("roster", id);
  assertPathInScope(p, unit.path, "roster", id);
  const input = await rosterInputFor(ex, unit, row.date_from, row.date_to, ctx.clock.now(), JSON.parse(row.rules));
  return rosterView(ex, row, input);
}
