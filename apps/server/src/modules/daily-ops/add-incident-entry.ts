/** D-09 a timeline entry on an open incident, optionally changing its level (raising to I notifies the chain). */
import { type IncidentLevel, DomainError } from "@ccms/core";
import { incidentRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";
import { getIncident } from "./get-incident.js";
import { notifyIncidentChain } from "./notify-incident-chain.js";

export async function addIncidentEntry(ctx: AppContext, p: UserPrincipal, id: string, body: { note: string; level?: IncidentLevel | undefined }) {
  requirePermission(p, "incident.manage");
  const inc = await getIncident(ctx, p, id);
  if (inc.status !== "open") throw new DomainError("conflict", "incident_closed", "The incident is closed");
  const counter = await counterInScope(ctx.database.db, p, inc.counterId);
  const now = ctx.clock.now();
  const timeline = [...inc.timeline, { at: now.toISOString(), byId: p.userId, kind: body.level && body.level !== inc.level ? `level_${inc.level}_to_${body.level}` : "note", note: body.note }];
  await ctx.tx(async (tx) => {
    await incidentRepository.saveTimeline(tx, id, JSON.stringify(timeline), body.level);
    if (body.level === "I") await notifyIncidentChain(ctx, tx, counter, id, "I", now);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "incident.updated", entityType: "incident", entityId: id, orgUnitId: inc.counterId, details: { level: body.level ?? inc.level } });
  });
  return getIncident(ctx, p, id);
}
