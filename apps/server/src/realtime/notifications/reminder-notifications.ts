/**
 * Daily-operations reminders → notifications (K-02 hand-backs due, K-11 overdue borrowings, corrective
 * actions overdue, D-06 missing close, D-08 faults, D-09 open incidents, D-01 focus issues): the person
 * named by the reminder and the counter's managers, once per reminder (the sweep repeats them hourly).
 */
import { notificationRepository, orgUnitRepository } from "@ccms/db";
import type { EventSubscriber } from "../outbox-relay.js";
import { UNIT_MANAGER_ROLES, notifyUsers } from "./notify-users.js";

interface ReminderEventData {
  kind?: string;
  counterId?: string;
  entityId?: string;
  dueDate?: string | null;
  data?: { userId?: string; ownerId?: string; borrowerId?: string; title?: string; businessDate?: string; archiveRef?: string };
}

export const reminderNotifications: EventSubscriber = {
  name: "reminder notifications",
  handles: (type) => type === "dailyops.reminder",
  async handle(tx, event) {
    const d = (event.data ?? {}) as ReminderEventData;
    if (!d.kind || !d.counterId || !d.entityId) return [];
    const counter = await orgUnitRepository.findById(tx, d.counterId);
    const managers = await notificationRepository.activeUserIdsWithRoles(tx, [d.counterId], UNIT_MANAGER_ROLES);
    const named = [d.data?.userId, d.data?.ownerId, d.data?.borrowerId];
    return notifyUsers(tx, event, [...named, ...managers], {
      kind: "reminder",
      subjectType: "reminder",
      subjectId: d.entityId,
      orgUnitId: d.counterId,
      data: { reminderKind: d.kind, dueDate: d.dueDate ?? null, unitName: counter?.name ?? null, title: d.data?.title ?? null, archiveRef: d.data?.archiveRef ?? null },
      dedupeKey: `reminder:${d.kind}:${d.entityId}:${d.dueDate ?? ""}`,
    });
  },
};
