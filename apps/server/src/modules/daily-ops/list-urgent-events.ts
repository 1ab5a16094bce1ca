/** D-14 urgent events with their acknowledgement: those of counters in scope (the level above sees its subtree). */
import { urgentEventRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, requirePermission } from "../../http/principal.js";
import { counterIdsInScope, counterInScope } from "./counter-scope.js";
import { presentUrgentEvents } from "./urgent-event-view.js";

export async function listUrgentEvents(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; open?: "true" | "false" | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const counterIds = await counterIdsInScope(ex, p, q.counterId);
  const rows = await urgentEventRepository.listForCounters(ex, counterIds, q.open === "true");
  return { items: await presentUrgentEvents(ex, rows, ctx.clock.now()) };
}

export async function getUrgentEvent(ctx: AppContext, p: UserPrincipal, incidentId: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await urgentEventRepository.findByIncident(ex, incidentId);
  if (!r) throw notFound("urgent_event", incidentId);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("urgent_event", incidentId);
  });
  return (await presentUrgentEvents(ex, [r], ctx.clock.now()))[0]!;
}
