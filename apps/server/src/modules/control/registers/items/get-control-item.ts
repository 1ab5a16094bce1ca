/** GET /api/v1/control/items/:id */
import type { ControlItemResponse } from "@ccms/contracts";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { loadControlItem } from "./load-control-item.js";
import { presentControlItems } from "./present-control-item.js";

export async function getControlItem(ctx: AppContext, p: UserPrincipal, id: string): Promise<ControlItemResponse> {
  requirePermission(p, "control.read");
  const { item } = await loadControlItem(ctx.database.db, p, id);
  return (await presentControlItems(ctx.database.db, [item]))[0]!;
}
