/** GET /api/v1/control/hand-backs?counterId=&status= — earliest due first. */
import type { HandBackStatus } from "@ccms/core";
import { handBackRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentHandBacks } from "./present-hand-back.js";

export async function listHandBacks(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: HandBackStatus | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await handBackRepository.listAtCounters(ex, await counterIdsInScope(ex, p, q.counterId), { status: q.status });
  return { items: await presentHandBacks(ex, rows) };
}
