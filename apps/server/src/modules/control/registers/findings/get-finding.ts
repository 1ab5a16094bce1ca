/** GET /api/v1/control/findings/:id (404 outside the caller's scope). */
import type { FindingResponse } from "@ccms/contracts";
import { controlFindingRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../../../http/principal.js";
import { listUnitIdsInScope } from "./list-unit-ids-in-scope.js";
import { presentFindings } from "./present-finding.js";

export async function getFinding(ctx: AppContext, p: UserPrincipal, id: string): Promise<FindingResponse> {
  requirePermission(p, "finding.read");
  const row = await controlFindingRepository.findById(ctx.database.db, id);
  const ids = row ? await listUnitIdsInScope(ctx, p) : [];
  if (!row || !ids.includes(row.org_unit_id)) throw notFound("finding", id);
  return (await presentFindings(ctx.database.db, [row]))[0]!;
}
