/**
 * Incidents → notifications (D-09): a reported incident reaches the counter's managers; a level-I
 * incident reported up the chain reaches the managers of each unit notified (HQ, province, local company).
 */
import { notificationRepository, orgUnitRepository } from "@ccms/db";
import type { EventSubscriber } from "../outbox-relay.js";
import { UNIT_MANAGER_ROLES, notifyUsers } from "./notify-users.js";

interface IncidentEventData {
  id?: string;
  incidentId?: string;
  counterId?: string;
  level?: string;
  title?: string;
}

const unitOfChannel = (channel: string) => channel.replace(/^(counter|unit):/, "");

export const incidentNotifications: EventSubscriber = {
  name: "incident notifications",
  handles: (type) => type === "incident.reported" || type === "incident.level_i",
  async handle(tx, event) {
    const d = (event.data ?? {}) as IncidentEventData;
    const incidentId = d.incidentId ?? d.id;
    if (!incidentId) return [];
    const unitId = unitOfChannel(event.channel);
    const counterId = d.counterId ?? unitId;
    const counter = await orgUnitRepository.findById(tx, counterId);
    const people = await notificationRepository.activeUserIdsWithRoles(tx, [unitId], UNIT_MANAGER_ROLES);
    const escalated = event.type === "incident.level_i";
    return notifyUsers(tx, event, people, {
      kind: escalated ? "incident_escalated" : "incident_reported",
      subjectType: "incident",
      subjectId: incidentId,
      orgUnitId: counterId,
      data: { level: d.level ?? null, title: d.title ?? null, unitName: counter?.name ?? null },
    });
  },
};
