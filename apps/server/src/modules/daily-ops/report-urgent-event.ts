/**
 * D-14 an important or urgent event: its first recorder is the first responsible person, and the report
 * goes to the level above at once (persisted here, in the incident's transaction; the notification
 * leaves through the outbox) with an acknowledgement deadline (CCMS_URGENT_ACK_MINUTES, default 30).
 */
import { unitAbove, urgentAckDeadline } from "@ccms/core";
import { type DB, type OrgUnit, urgentEventRepository } from "@ccms/db";
import type { Transaction } from "kysely";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";

export const URGENT_EVENT_REPORTED = "incident.urgent_reported";

export async function reportUrgentEvent(ctx: AppContext, tx: Transaction<DB>, p: UserPrincipal, counter: OrgUnit, incident: { id: string; title: string; level: string }, now: Date): Promise<void> {
  const at = now.toISOString();
  const above = unitAbove(counter.path) ?? counter.id;
  const deadlineAt = urgentAckDeadline(at, ctx.config.urgentAckMinutes);
  await urgentEventRepository.insert(tx, {
    incident_id: incident.id,
    counter_id: counter.id,
    first_responsible_id: p.userId,
    reported_at: at,
    reported_to_unit_id: above,
    deadline_at: deadlineAt,
    acknowledged_by: null,
    acknowledged_at: null,
    ack_note: null,
    escalated_at: null,
    escalated_to_unit_id: null,
  });
  await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
    action: "incident.reportedUpward",
    entityType: "incident",
    entityId: incident.id,
    orgUnitId: counter.id,
    details: { rule: "D-14", firstResponsibleId: p.userId, reportedToUnitId: above, deadlineAt },
  });
  // A level-I event has already reached HQ, the province and the city through the D-09 chain (one notification each).
  if (incident.level !== "I") void ctx.bus.publish(`unit:${above}`, { type: URGENT_EVENT_REPORTED, data: { incidentId: incident.id, counterId: counter.id, title: incident.title, level: incident.level, stage: "report" } });
}
