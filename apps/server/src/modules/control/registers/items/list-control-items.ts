/** GET /api/v1/control/items?counterId=&kind=&custodianId=&status= */
import type { ControlItemKind, ControlItemStatus } from "@ccms/core";
import { controlItemRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentControlItems } from "./present-control-item.js";

export async function listControlItems(
  ctx: AppContext,
  p: UserPrincipal,
  q: { counterId?: string | undefined; kind?: ControlItemKind | undefined; custodianId?: string | undefined; status?: ControlItemStatus | undefined },
) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlItemRepository.listAtCounters(ex, await counterIdsInScope(ex, p, q.counterId), { kind: q.kind, custodianId: q.custodianId, status: q.status });
  return { items: await presentControlItems(ex, rows) };
}
