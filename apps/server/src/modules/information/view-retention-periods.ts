/** I-01 retention periods per record type that apply to a unit (GET /api/v1/information/retention-periods). */
import type { RetentionPeriods } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type Principal, requirePermission, unitInScope } from "../../http/principal.js";
import { effectiveRetention } from "./effective-retention.js";

export async function viewRetentionPeriods(ctx: AppContext, principal: Principal | null, q: { orgUnitId?: string | undefined }): Promise<RetentionPeriods> {
  const p = requirePermission(principal, "information.retention");
  const unit = await unitInScope(ctx.database.db, p, q.orgUnitId ?? p.orgUnitId);
  return { orgUnitId: unit.id, items: await effectiveRetention(ctx.database.db, unit) };
}
