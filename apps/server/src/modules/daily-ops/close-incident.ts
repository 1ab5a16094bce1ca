/** D-09 close an open incident with a summary. */
import { DomainError } from "@ccms/core";
import { incidentRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getIncident } from "./get-incident.js";

export async function closeIncident(ctx: AppContext, p: UserPrincipal, id: string, body: { summary: string }) {
  requirePermission(p, "incident.manage");
  const inc = await getIncident(ctx, p, id);
  if (inc.status !== "open") throw new DomainError("conflict", "incident_closed", "The incident is closed");
  const now = ctx.clock.now();
  const timeline = [...inc.timeline, { at: now.toISOString(), byId: p.userId, kind: "closed", note: body.summary }];
  await ctx.tx(async (tx) => {
    const closed = await incidentRepository.closeOpen(tx, id, { closedAt: now.toISOString(), summary: body.summary, timeline: JSON.stringify(timeline) });
    if (!closed) throw new DomainError("conflict", "incident_closed", "The incident is closed");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "incident.closed", entityType: "incident", entityId: id, orgUnitId: inc.counterId, details: {} });
  });
  return getIncident(ctx, p, id);
}
