/** P-05 publish a draft roster (attendance is then measured against it). Audited. */
import { DomainError } from "@ccms/core";
import { orgUnitRepository, rosterRepository } from "@ccms/db";
import type { RosterView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { rosterInputFor } from "./roster-input.js";
import { rosterView } from "./roster-view.js";

export async function publishRoster(ctx: AppContext, p: UserPrincipal, id: string): Promise<RosterView> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const row = await rosterRepository.findById(ex, id);
  const unit = row ? await orgUnitRepository.findById(ex, row.org_unit_id) : undefined;
  if (!row || !unit) throw notFound("roster", id);
  assertPathInScope(p, unit.path, "roster", id);
  if (row.state !== "draft") throw new DomainError("conflict", "roster_already_published", "This roster is already published");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await rosterRepository.publish(tx, id, p.userId, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.roster_published", entityType: "roster", entityId: id, orgUnitId: unit.id, details: { 期间: `${row.date_from}至${row.date_to}` } });
  });
  const input = await rosterInputFor(ex, unit, row.date_from, row.date_to, now, JSON.parse(row.rules));
  return rosterView(ex, (await rosterRepository.findById(ex, id))!, input);
}
