/** GET /api/v1/notifications — the signed-in person's notifications, newest first, and the unread count. */
import type { NotificationList, NotificationListQuery } from "@ccms/contracts";
import { notificationRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { notificationView } from "./notify-users.js";

export async function listNotifications(ctx: AppContext, p: UserPrincipal, q: NotificationListQuery): Promise<NotificationList> {
  const ex = ctx.database.db;
  const rows = await notificationRepository.listForUser(ex, p.userId, { unreadOnly: q.unreadOnly === "true", limit: q.limit ?? 50 });
  return { items: rows.map(notificationView), unread: await notificationRepository.countUnread(ex, p.userId) };
}
