/** GET /api/v1/control/findings?unitId=&kind=&status= — that unit and below, newest first. */
import type { ControlFindingKind, ControlFindingStatus } from "@ccms/core";
import { controlFindingRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { listUnitIdsInScope } from "./list-unit-ids-in-scope.js";
import { presentFindings } from "./present-finding.js";

export async function listFindings(ctx: AppContext, p: UserPrincipal, q: { unitId?: string | undefined; kind?: ControlFindingKind | undefined; status?: ControlFindingStatus | undefined }) {
  requirePermission(p, "finding.read");
  const ids = await listUnitIdsInScope(ctx, p, q.unitId);
  // Findings reported to a province are visible there too (the unit is below it, so already in scope).
  const rows = await controlFindingRepository.listAtUnits(ctx.database.db, ids, { kind: q.kind, status: q.status });
  return { items: await presentFindings(ctx.database.db, rows) };
}
