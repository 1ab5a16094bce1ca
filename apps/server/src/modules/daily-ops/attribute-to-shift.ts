/**
 * D-13 (Art.82) a problem recorded after the handover belongs to the incoming shift: the record's
 * responsible shift is stored when it is created (incidents, equipment faults).
 */
import { attributeToShift } from "@ccms/core";
import { type Executor, type OrgUnit, type ShiftResponsibilityRow, handoverRepository, shiftResponsibilityRepository } from "@ccms/db";
import { businessDateOf } from "./counter-scope.js";

export async function recordShiftResponsibility(ex: Executor, counter: OrgUnit, entityType: ShiftResponsibilityRow["entity_type"], entityId: string, now: Date): Promise<ShiftResponsibilityRow | null> {
  const at = now.toISOString();
  const day = await handoverRepository.listOfDay(ex, counter.id, businessDateOf(counter, now));
  const who = attributeToShift(
    day.map((h) => ({ id: h.id, outgoingLeadId: h.outgoing_lead_id, incomingLeadId: h.incoming_lead_id, confirmedAt: h.confirmed_at, createdAt: h.created_at })),
    at,
  );
  if (!who) return null;
  const row: ShiftResponsibilityRow = { entity_type: entityType, entity_id: entityId, counter_id: counter.id, handover_id: who.handoverId, user_id: who.userId, role: who.role, recorded_at: at };
  await shiftResponsibilityRepository.insert(ex, row);
  return row;
}
