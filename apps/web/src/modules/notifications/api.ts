/** Types of the notifications API (type-only from the contracts) and its paths. */
import type * as C from "@ccms/contracts";

export type Notification = C.Notification;
export type NotificationList = C.NotificationList;
export type MarkNotificationReadResponse = C.MarkNotificationReadResponse;

export const NOTIFICATIONS_API = {
  list: "/api/v1/notifications",
  read: (id: string) => `/api/v1/notifications/${encodeURIComponent(id)}/read`,
  events: "/api/v1/notifications/events",
} as const;

/** Where a notification leads (the page that shows its subject), or null. */
export function notificationLink(n: Pick<Notification, "subjectType" | "subjectId">): string | null {
  switch (n.subjectType) {
    case "case":
      return `/cases/${encodeURIComponent(n.subjectId)}`;
    case "finding":
      return `/control/findings?id=${encodeURIComponent(n.subjectId)}`;
    case "incident":
      return `/daily-ops/incidents?id=${encodeURIComponent(n.subjectId)}`;
    case "reminder":
      return null;
  }
}
