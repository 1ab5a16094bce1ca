/** One lost-property record in the caller's scope (masked, K-09). */
import { lostPropertyRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { counterInScope } from "./counter-scope.js";
import { presentLost } from "./present-lost-property.js";

export async function getLostProperty(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await lostPropertyRepository.findById(ex, id);
  if (!r) throw notFound("lost_property", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("lost_property", id);
  });
  return presentLost(r);
}
