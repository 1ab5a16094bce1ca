/**
 * Findings → notifications (K-02, K-04, D-06, CAL-03 …): the people the finding names and the managers
 * of the unit it is about.
 */
import { notificationRepository, orgUnitRepository } from "@ccms/db";
import type { EventSubscriber } from "../outbox-relay.js";
import { UNIT_MANAGER_ROLES, notifyUsers } from "./notify-users.js";

interface FindingEventData {
  id?: string;
  kind?: string;
  orgUnitId?: string;
}

export const findingNotifications: EventSubscriber = {
  name: "finding notifications",
  handles: (type) => type === "finding.raised",
  async handle(tx, event) {
    const d = (event.data ?? {}) as FindingEventData;
    if (!d.id) return [];
    const finding = await notificationRepository.findingForNotification(tx, d.id);
    if (!finding) return [];
    const unit = await orgUnitRepository.findById(tx, finding.orgUnitId);
    const managers = await notificationRepository.activeUserIdsWithRoles(tx, [finding.orgUnitId], UNIT_MANAGER_ROLES);
    return notifyUsers(tx, event, [...finding.subjectUserIds, ...managers], {
      kind: "finding_raised",
      subjectType: "finding",
      subjectId: d.id,
      orgUnitId: finding.orgUnitId,
      data: { findingKind: d.kind ?? null, title: finding.title, unitName: unit?.name ?? null },
    });
  },
};
