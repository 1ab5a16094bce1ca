/** D-08 the equipment register by name. */
import { equipmentRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentEquipment } from "./present-equipment.js";

export async function listEquipment(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const rows = await equipmentRepository.listByName(ex, await counterIdsInScope(ex, p, q.counterId));
  return { items: await presentEquipment(ex, rows) };
}
