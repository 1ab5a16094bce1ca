/** D-09 incidents as the contracts show them, with the reporting-chain notifications sent. */
import { type IncidentFactsInput, suggestIncidentLevel } from "@ccms/core";
import type { IncidentResponse } from "@ccms/contracts";
import { type Executor, type IncidentRow, incidentNotificationRepository } from "@ccms/db";
import { parseJson } from "./parse-json.js";

export type TimelineEntry = { at: string; byId: string | null; kind: string; note: string };

export async function presentIncidents(ex: Executor, rows: IncidentRow[]): Promise<IncidentResponse[]> {
  const notes = await incidentNotificationRepository.listForIncidents(ex, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    title: r.title,
    description: r.description,
    occurredAt: r.occurred_at,
    facts: parseJson<IncidentFactsInput>(r.facts, { surrenderCount: 0, surrenderAmountFen: 0, gatheringCount: 0, deaths: 0, countersAffected: 0, naturalDisaster: false }),
    level: r.level,
    suggestion: parseJson<ReturnType<typeof suggestIncidentLevel>>(r.suggestion, { level: null, matched: [] }),
    status: r.status,
    reportedById: r.reported_by,
    timeline: parseJson<TimelineEntry[]>(r.timeline, []),
    notifications: notes.filter((n) => n.incident_id === r.id).map((n) => ({ id: n.id, targetLevel: n.target_level, orgUnitId: n.org_unit_id, notifiedAt: n.notified_at })),
    closedAt: r.closed_at,
    summary: r.summary,
    createdAt: r.created_at,
  }));
}
