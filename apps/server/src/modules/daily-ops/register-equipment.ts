/** D-08 register a piece of equipment with a responsible person at the counter. */
import type { RegisterEquipmentRequest } from "@ccms/contracts";
import { equipmentRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";
import { getEquipment } from "./get-equipment.js";
import { userAtCounter } from "./staff-in-scope.js";

export async function registerEquipment(ctx: AppContext, p: UserPrincipal, body: RegisterEquipmentRequest) {
  requirePermission(p, "equipment.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  await userAtCounter(ex, p, body.responsibleUserId, counter);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await equipmentRepository.insert(tx, {
      id,
      counter_id: counter.id,
      name: body.name,
      category: body.category,
      model: body.model ?? null,
      serial_no: body.serialNo ?? null,
      location: body.location ?? null,
      responsible_user_id: body.responsibleUserId,
      maintainer: body.maintainer ?? null,
      maintainer_contact: body.maintainerContact ?? null,
      active: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "equipment.registered", entityType: "equipment", entityId: id, orgUnitId: counter.id, details: { name: body.name } });
  });
  return getEquipment(ctx, p, id);
}
