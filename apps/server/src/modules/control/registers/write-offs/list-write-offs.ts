/** GET /api/v1/control/write-offs?counterId= — newest first. */
import { writeOffRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentWriteOffs } from "./present-write-off.js";

export async function listWriteOffs(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  return { items: await presentWriteOffs(ex, await writeOffRepository.listAtCounters(ex, await counterIdsInScope(ex, p, q.counterId))) };
}
