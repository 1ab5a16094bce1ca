/** GET /api/v1/control/items/:id/movements — one item's custody history, oldest first. */
import { controlItemRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { loadControlItem } from "./load-control-item.js";
import { presentCustodyMovements } from "./present-custody-movement.js";

export async function listItemMovements(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  await loadControlItem(ex, p, id);
  return { items: presentCustodyMovements(await controlItemRepository.listMovementsOfItem(ex, id)) };
}
