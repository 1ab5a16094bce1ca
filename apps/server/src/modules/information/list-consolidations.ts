/**
 * I-02 weekly consolidations of a subtree: a counter sees its own weeks in every state; a level above
 * sees only what was forwarded to it (or further down, forwarded within its subtree).
 */
import type { ConsolidationList } from "@ccms/contracts";
import { infoConsolidationRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";
import { presentConsolidations } from "./present-consolidation.js";

export async function listConsolidations(ctx: AppContext, principal: Principal | null, q: { orgUnitId?: string | undefined }): Promise<ConsolidationList> {
  const p = requirePermission(principal, "information.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.orgUnitId ?? p.orgUnitId);
  const rows = (await infoConsolidationRepository.listInSubtree(ex, unit.path, 200)).filter((r) => r.org_unit_id === p.orgUnitId || r.state === "forwarded");
  return { items: await presentConsolidations(ex, rows) };
}
