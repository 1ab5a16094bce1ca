/** PUT /api/v1/control/aml/settings — a unit's own thresholds (inherited by the units below), audited. */
import { amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../../../http/principal.js";
import { appendAudit } from "../../audit.js";
import { getAmlSettings } from "./get-aml-settings.js";

export async function putAmlSettings(ctx: AppContext, p: UserPrincipal, body: { unitId: string; cashThresholdFen: number; transferThresholdFen: number }) {
  requirePermission(p, "aml.manage");
  const unit = await unitInScope(ctx.database.db, p, body.unitId);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await amlRepository.putSettings(tx, { org_unit_id: unit.id, cash_threshold_fen: body.cashThresholdFen, transfer_threshold_fen: body.transferThresholdFen, updated_by: p.userId, updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "aml.settings_changed", entityType: "aml_settings", entityId: unit.id, orgUnitId: unit.id, details: body });
  });
  return getAmlSettings(ctx, p, unit.id);
}
