/** D-08 the fault register (open=true: reported or repairing; open=false: ended). */
import { isFaultOpen } from "@ccms/core";
import { equipmentFaultRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentFaults } from "./present-equipment.js";

export async function listFaults(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; equipmentId?: string | undefined; open?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  let rows = await equipmentFaultRepository.listLatest(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), equipmentId: q.equipmentId });
  if (q.open === "true") rows = rows.filter((r) => isFaultOpen(r.status));
  if (q.open === "false") rows = rows.filter((r) => !isFaultOpen(r.status));
  return { items: await presentFaults(ex, rows) };
}
