/** GET /api/v1/control/write-offs/:id — print data of one list (404 outside scope). */
import { writeOffRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../../../http/principal.js";
import { counterInScope } from "../../../daily-ops/counter-scope.js";
import { presentWriteOffs } from "./present-write-off.js";

export async function getWriteOff(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const r = await writeOffRepository.findById(ex, id);
  if (!r) throw notFound("write_off", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("write_off", id);
  });
  return (await presentWriteOffs(ex, [r]))[0]!;
}
