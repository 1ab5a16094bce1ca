/** ORG-01 exits of a unit of the caller's subtree and below. */
import { orgUnitRepository, staffExitRepository } from "@ccms/db";
import type { ExitList, ListExitsQuery } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { exitViews } from "./exit-view.js";

export async function listExits(ctx: AppContext, p: UserPrincipal, q: ListExitsQuery): Promise<ExitList> {
  requirePermission(p, "people.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const units = await orgUnitRepository.listSubtree(ex, unit.path);
  return { items: await exitViews(ex, await staffExitRepository.listByUnits(ex, units.map((u) => u.id), q.state)) };
}
