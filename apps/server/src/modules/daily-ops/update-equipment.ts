/** D-08 change an equipment record (a new responsible person must work at the counter). */
import { equipmentRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";
import { getEquipment } from "./get-equipment.js";
import { userAtCounter } from "./staff-in-scope.js";

export async function updateEquipment(
  ctx: AppContext,
  p: UserPrincipal,
  id: string,
  body: { name?: string | undefined; category?: string | undefined; model?: string | undefined; serialNo?: string | undefined; location?: string | undefined; responsibleUserId?: string | undefined; maintainer?: string | undefined; maintainerContact?: string | undefined; active?: boolean | undefined },
) {
  requirePermission(p, "equipment.manage");
  const ex = ctx.database.db;
  const before = await getEquipment(ctx, p, id);
  const counter = await counterInScope(ex, p, before.counterId);
  if (body.responsibleUserId) await userAtCounter(ex, p, body.responsibleUserId, counter);
  const now = ctx.clock.now();
  const patch = {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.category !== undefined ? { category: body.category } : {}),
    ...(body.model !== undefined ? { model: body.model } : {}),
    ...(body.serialNo !== undefined ? { serial_no: body.serialNo } : {}),
    ...(body.location !== undefined ? { location: body.location } : {}),
    ...(body.responsibleUserId !== undefined ? { responsible_user_id: body.responsibleUserId } : {}),
    ...(body.maintainer !== undefined ? { maintainer: body.maintainer } : {}),
    ...(body.maintainerContact !== undefined ? { maintainer_contact: body.maintainerContact } : {}),
    ...(body.active !== undefined ? { active: body.active ? 1 : 0 } : {}),
    updated_at: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await equipmentRepository.update(tx, id, patch);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "equipment.updated", entityType: "equipment", entityId: id, orgUnitId: before.counterId, details: body });
  });
  return getEquipment(ctx, p, id);
}
