/** D-14 the level above acknowledges an urgent event's report (a person of the unit reported to, or above). */
import { DomainError, mayAcknowledgeUrgent } from "@ccms/core";
import { orgUnitRepository, urgentEventRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { getUrgentEvent } from "./list-urgent-events.js";

export async function acknowledgeUrgentEvent(ctx: AppContext, p: UserPrincipal, incidentId: string, body: { note?: string | undefined }) {
  requirePermission(p, "incident.acknowledge");
  const ex = ctx.database.db;
  const current = await getUrgentEvent(ctx, p, incidentId);
  const r = (await urgentEventRepository.findByIncident(ex, incidentId))!;
  const to = await orgUnitRepository.findById(ex, r.reported_to_unit_id);
  if (!to) throw notFound("org_unit", r.reported_to_unit_id);
  if (!mayAcknowledgeUrgent(p.scopePath, to.path)) throw new DomainError("forbidden", "not_level_above", "Only the level the event was reported to (or above) acknowledges it", { rule: "D-14" });
  if (current.acknowledgedAt) throw new DomainError("conflict", "urgent_already_acknowledged", "The report is already acknowledged");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    if (!(await urgentEventRepository.acknowledge(tx, incidentId, { by: p.userId, at: now.toISOString(), note: body.note ?? null }))) {
      throw new DomainError("conflict", "urgent_already_acknowledged", "The report is already acknowledged");
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "incident.urgentAcknowledged",
      entityType: "incident",
      entityId: incidentId,
      orgUnitId: r.counter_id,
      details: { rule: "D-14", late: now.toISOString() > r.deadline_at, note: body.note ?? null },
    });
  });
  return getUrgentEvent(ctx, p, incidentId);
}
