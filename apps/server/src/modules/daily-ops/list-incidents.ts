/** D-09 the incident register (from/to are dates of occurrence, UTC). */
import type { IncidentStatus } from "@ccms/core";
import { incidentRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission } from "../../http/principal.js";
import { counterIdsInScope } from "./counter-scope.js";
import { presentIncidents } from "./present-incidents.js";

export async function listIncidents(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: IncidentStatus | undefined; from?: string | undefined; to?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const rows = await incidentRepository.listLatest(ex, {
    counterIds: await counterIdsInScope(ex, p, q.counterId),
    status: q.status,
    from: q.from,
    to: q.to ? `${q.to}T23:59:59.999Z` : undefined,
  });
  return { items: await presentIncidents(ex, rows) };
}
