/** GET /api/v1/control/aml/settings?unitId= — the thresholds in force and where they come from. */
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../../../http/principal.js";
import { findAmlThresholds } from "./find-aml-thresholds.js";

export async function getAmlSettings(ctx: AppContext, p: UserPrincipal, unitId: string) {
  requirePermission(p, "control.read");
  const unit = await unitInScope(ctx.database.db, p, unitId);
  return { unitId: unit.id, ...(await findAmlThresholds(ctx.database.db, unit)) };
}
