/** D-14 urgent events as the contracts show them (people and units by name). */
import { urgentAckStatus } from "@ccms/core";
import type { UrgentEventResponse } from "@ccms/contracts";
import { type Executor, type UrgentEventReportRow, incidentRepository, orgUnitRepository, shiftResponsibilityRepository } from "@ccms/db";
import { usersByIds } from "./staff-in-scope.js";

export async function presentUrgentEvents(ex: Executor, rows: UrgentEventReportRow[], now: Date): Promise<UrgentEventResponse[]> {
  const out: UrgentEventResponse[] = [];
  const names = await usersByIds(ex, rows.flatMap((r) => [r.first_responsible_id, ...(r.acknowledged_by ? [r.acknowledged_by] : [])]));
  const units = new Map((await orgUnitRepository.findByIds(ex, [...new Set(rows.flatMap((r) => [r.counter_id, r.reported_to_unit_id, ...(r.escalated_to_unit_id ? [r.escalated_to_unit_id] : [])]))])).map((u) => [u.id, u]));
  for (const r of rows) {
    const incident = await incidentRepository.findById(ex, r.incident_id);
    const shift = await shiftResponsibilityRepository.find(ex, "incident", r.incident_id);
    const shiftName = shift ? ((await usersByIds(ex, [shift.user_id])).get(shift.user_id)?.displayName ?? null) : null;
    out.push({
      incidentId: r.incident_id,
      counterId: r.counter_id,
      counterName: units.get(r.counter_id)?.name ?? null,
      title: incident?.title ?? "",
      level: incident?.level ?? "",
      firstResponsibleId: r.first_responsible_id,
      firstResponsibleName: names.get(r.first_responsible_id)?.displayName ?? null,
      reportedAt: r.reported_at,
      reportedToUnitId: r.reported_to_unit_id,
      reportedToUnitName: units.get(r.reported_to_unit_id)?.name ?? null,
      deadlineAt: r.deadline_at,
      status: urgentAckStatus({ deadlineAt: r.deadline_at, acknowledgedAt: r.acknowledged_at, escalatedAt: r.escalated_at }, now.toISOString()),
      acknowledgedById: r.acknowledged_by,
      acknowledgedByName: r.acknowledged_by ? (names.get(r.acknowledged_by)?.displayName ?? null) : null,
      acknowledgedAt: r.acknowledged_at,
      ackNote: r.ack_note,
      escalatedAt: r.escalated_at,
      escalatedToUnitName: r.escalated_to_unit_id ? (units.get(r.escalated_to_unit_id)?.name ?? null) : null,
      responsibleShift: shift ? { userId: shift.user_id, userName: shiftName, role: shift.role } : null,
    });
  }
  return out;
}
