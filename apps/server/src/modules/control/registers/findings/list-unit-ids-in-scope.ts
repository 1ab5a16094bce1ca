/** Units the caller may see findings of: the given unit's subtree (404 outside scope), or their whole scope. */
import { orgUnitRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, unitInScope } from "../../../../http/principal.js";

export async function listUnitIdsInScope(ctx: AppContext, p: UserPrincipal, unitId?: string): Promise<string[]> {
  const ex = ctx.database.db;
  const base = unitId ? await unitInScope(ex, p, unitId) : null;
  const units = await orgUnitRepository.listSubtree(ex, base ? base.path : p.scopePath);
  return units.map((u) => u.id);
}
