/**
 * D-14 urgent events → notifications: the upward report (and, when the acknowledgement is late, the
 * escalation one level further) reaches the managers of the unit it was sent to.
 */
import { notificationRepository, orgUnitRepository } from "@ccms/db";
import type { EventSubscriber } from "../outbox-relay.js";
import { UNIT_MANAGER_ROLES, notifyUsers } from "./notify-users.js";

interface UrgentEventData {
  incidentId?: string;
  counterId?: string;
  title?: string;
  level?: string;
  stage?: string;
}

export const urgentEventNotifications: EventSubscriber = {
  name: "urgent event notifications",
  handles: (type) => type === "incident.urgent_reported",
  async handle(tx, event) {
    const d = (event.data ?? {}) as UrgentEventData;
    if (!d.incidentId) return [];
    const unitId = event.channel.replace(/^unit:/, "");
    const counter = d.counterId ? await orgUnitRepository.findById(tx, d.counterId) : undefined;
    const people = await notificationRepository.activeUserIdsWithRoles(tx, [unitId], UNIT_MANAGER_ROLES);
    return notifyUsers(tx, event, people, {
      kind: "incident_escalated",
      subjectType: "incident",
      subjectId: d.incidentId,
      orgUnitId: d.counterId ?? unitId,
      data: { level: d.level ?? null, title: d.title ?? null, unitName: counter?.name ?? null, urgent: true, stage: d.stage ?? "report" },
    });
  },
};
