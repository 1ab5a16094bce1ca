/** D-09 report an incident: the level defaults to the suggestion from the facts (or IV); level I notifies the chain. */
import { type IncidentLevel, isUrgentEvent, suggestIncidentLevel } from "@ccms/core";
import type { ReportIncidentRequest } from "@ccms/contracts";
import { incidentRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";
import { getIncident } from "./get-incident.js";
import { notifyIncidentChain } from "./notify-incident-chain.js";
import { recordShiftResponsibility } from "./attribute-to-shift.js";
import { reportUrgentEvent } from "./report-urgent-event.js";
import type { TimelineEntry } from "./present-incidents.js";

export async function reportIncident(ctx: AppContext, p: UserPrincipal, body: ReportIncidentRequest) {
  requirePermission(p, "incident.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const suggestion = suggestIncidentLevel(body.facts);
  const level: IncidentLevel = body.level ?? suggestion.level ?? "IV";
  const now = ctx.clock.now();
  const id = ulid();
  const timeline: TimelineEntry[] = [{ at: now.toISOString(), byId: p.userId, kind: "reported", note: body.description }];
  if (suggestion.level === "I" && level !== "I") timeline.push({ at: now.toISOString(), byId: p.userId, kind: "level_below_suggestion", note: `suggested I (${suggestion.matched.join(",")}), set ${level}` });
  await ctx.tx(async (tx) => {
    await incidentRepository.insert(tx, {
      id,
      counter_id: counter.id,
      title: body.title,
      description: body.description,
      occurred_at: body.occurredAt ? new Date(body.occurredAt).toISOString() : now.toISOString(),
      facts: JSON.stringify(body.facts),
      level,
      suggestion: JSON.stringify(suggestion),
      status: "open",
      reported_by: p.userId,
      timeline: JSON.stringify(timeline),
      closed_at: null,
      summary: null,
      created_at: now.toISOString(),
    });
    if (level === "I") await notifyIncidentChain(ctx, tx, counter, id, level, now);
    // D-13 recorded after a confirmed handover: the incoming shift's; D-14 urgent: reported upward at once.
    await recordShiftResponsibility(tx, counter, "incident", id, now);
    if (isUrgentEvent({ urgent: body.urgent, level })) await reportUrgentEvent(ctx, tx, p, counter, { id, title: body.title, level }, now);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "incident.reported", entityType: "incident", entityId: id, orgUnitId: counter.id, details: { level, suggestion } });
  });
  void ctx.bus.publish(`counter:${counter.id}`, { type: "incident.reported", data: { id, level } });
  return getIncident(ctx, p, id);
}
