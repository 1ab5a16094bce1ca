/** One incident in the caller's scope. */
import { incidentRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { counterInScope } from "./counter-scope.js";
import { presentIncidents } from "./present-incidents.js";

export async function getIncident(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await incidentRepository.findById(ex, id);
  if (!r) throw notFound("incident", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("incident", id);
  });
  return (await presentIncidents(ex, [r]))[0]!;
}
