/** One equipment fault in the caller's scope. */
import { equipmentFaultRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { counterInScope } from "./counter-scope.js";
import { presentFaults } from "./present-equipment.js";

export async function getFault(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await equipmentFaultRepository.findById(ex, id);
  if (!r) throw notFound("equipment_fault", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("equipment_fault", id);
  });
  return (await presentFaults(ex, [r]))[0]!;
}
