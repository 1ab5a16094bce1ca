/**
 * D-14 late acknowledgement escalates: an interval job finds urgent reports past their deadline without
 * an acknowledgement and reports them one level further up (once), audited and notified.
 */
import { needsUrgentEscalation, unitAbove } from "@ccms/core";
import { incidentRepository, orgUnitRepository, urgentEventRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../context.js";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { appendAudit } from "../control/audit.js";
import { URGENT_EVENT_REPORTED } from "./report-urgent-event.js";

export async function sweepUrgentEvents(ctx: AppContext): Promise<number> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const at = now.toISOString();
  let escalated = 0;
  for (const r of await urgentEventRepository.listOverdue(ex, at)) {
    if (!needsUrgentEscalation({ deadlineAt: r.deadline_at, acknowledgedAt: r.acknowledged_at, escalatedAt: r.escalated_at }, at)) continue;
    const to = await orgUnitRepository.findById(ex, r.reported_to_unit_id);
    const next = (to && unitAbove(to.path)) ?? r.reported_to_unit_id;
    const incident = await incidentRepository.findById(ex, r.incident_id);
    const done = await ctx.tx(async (tx) => {
      if (!(await urgentEventRepository.escalate(tx, r.incident_id, { at, toUnitId: next }))) return false;
      await appendAudit(tx, ctx.database.engine, { id: null, name: "system" }, now, {
        action: "incident.urgentEscalated",
        entityType: "incident",
        entityId: r.incident_id,
        orgUnitId: r.counter_id,
        details: { rule: "D-14", reportedToUnitId: r.reported_to_unit_id, escalatedToUnitId: next, deadlineAt: r.deadline_at },
      });
      void ctx.bus.publish(`unit:${next}`, { type: URGENT_EVENT_REPORTED, data: { incidentId: r.incident_id, counterId: r.counter_id, title: incident?.title ?? null, level: incident?.level ?? null, stage: "escalation" } });
      return true;
    });
    if (done) escalated++;
  }
  return escalated;
}

/** Every min(60, CCMS_DAILY_OPS_REMINDER_SECONDS) seconds (0 = off); the deadline is CCMS_URGENT_ACK_MINUTES. */
export function installUrgentEventJobs(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "urgent event escalation sweep", ctx.config.dailyOpsReminderSeconds > 0 ? Math.min(60, ctx.config.dailyOpsReminderSeconds) : 0, () => sweepUrgentEvents(ctx));
}
