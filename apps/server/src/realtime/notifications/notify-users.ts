/** Write one notification per person concerned (once per person and key) and push each over SSE. */
import type { Notification } from "@ccms/contracts";
import { type DB, type NotificationKindValue, type NotificationRow, type NotificationSubjectValue, notificationRepository } from "@ccms/db";
import type { Transaction } from "kysely";
import { ulid } from "ulid";
import type { FollowUp, OutboxEvent } from "../outbox-relay.js";

/** Who hears about a unit's matters: its managers (counter and duty managers, branch and HQ administrators). */
export const UNIT_MANAGER_ROLES = ["counterManager", "dutyManager", "branchAdmin", "hqAdmin"] as const;

export const userChannel = (userId: string) => `user:${userId}`;
export const NOTIFICATION_CREATED = "notification.created";

export function notificationView(r: NotificationRow): Notification {
  let data: Record<string, unknown> = {};
  try {
    data = JSON.parse(r.data) as Record<string, unknown>;
  } catch {
    data = {};
  }
  return { id: r.id, kind: r.kind, subjectType: r.subject_type, subjectId: r.subject_id, orgUnitId: r.org_unit_id, data, createdAt: r.created_at, readAt: r.read_at };
}

export interface NotifyInput {
  kind: NotificationKindValue;
  subjectType: NotificationSubjectValue;
  subjectId: string;
  orgUnitId: string | null;
  data: Record<string, unknown>;
  /** Default: the event id (exactly once per person and event). */
  dedupeKey?: string;
}

export async function notifyUsers(tx: Transaction<DB>, event: OutboxEvent, userIds: readonly (string | null | undefined)[], input: NotifyInput): Promise<FollowUp[]> {
  const wanted = [...new Set(userIds.filter((x): x is string => typeof x === "string" && x !== ""))];
  const recipients = await notificationRepository.activeUserIds(tx, wanted);
  const out: FollowUp[] = [];
  for (const userId of recipients) {
    const row = await notificationRepository.insertIfAbsent(tx, {
      id: ulid(),
      user_id: userId,
      kind: input.kind,
      subject_type: input.subjectType,
      subject_id: input.subjectId,
      org_unit_id: input.orgUnitId,
      dedupe_key: input.dedupeKey ?? event.eventId,
      event_id: event.eventId,
      data: JSON.stringify(input.data),
      created_at: event.createdAt,
      read_at: null,
    });
    if (row) out.push({ channel: userChannel(userId), event: { type: NOTIFICATION_CREATED, data: notificationView(row) } });
  }
  return out;
}
