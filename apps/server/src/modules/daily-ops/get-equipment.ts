/** One piece of equipment in the caller's scope. */
import { equipmentRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { counterInScope } from "./counter-scope.js";
import { presentEquipment } from "./present-equipment.js";

export async function getEquipment(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await equipmentRepository.findById(ex, id);
  if (!r) throw notFound("equipment", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("equipment", id);
  });
  return (await presentEquipment(ex, [r]))[0]!;
}
