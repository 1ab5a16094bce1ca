/**
 * Notifications (issue 12 item 5): domain events turned into messages for the people concerned, read
 * in the notification centre of the web header and pushed live over SSE (`notification.created`).
 * `data` carries names (case number, unit name, title), never only ids, so the web can word it.
 */
import { z } from "zod";
import { Id } from "./common.js";

export const NOTIFICATION_KINDS = ["case_alert", "case_routed", "finding_raised", "incident_reported", "incident_escalated", "reminder"] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** What the notification is about, for the link in the centre. */
export const NotificationSubject = z.enum(["case", "finding", "incident", "reminder"]);
export type NotificationSubject = z.infer<typeof NotificationSubject>;

export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  subjectType: NotificationSubject,
  subjectId: z.string(),
  /** Unit concerned (its name is in `data.unitName`). */
  orgUnitId: Id.nullable(),
  /** Names and values to word the message: caseNumber, unitName, title, level, metric, alert, event, reminderKind, dueDate … */
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationListQuery = z.strictObject({
  unreadOnly: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int().min(0) });
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationParams = z.strictObject({ id: Id });
export type NotificationParams = z.infer<typeof NotificationParams>;

export const MarkNotificationReadResponse = z.object({ id: Id, readAt: z.string(), unread: z.number().int().min(0) });
export type MarkNotificationReadResponse = z.infer<typeof MarkNotificationReadResponse>;
