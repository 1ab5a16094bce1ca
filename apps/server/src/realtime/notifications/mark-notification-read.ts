/** POST /api/v1/notifications/{id}/read — one's own notification only (another person's is not found). */
import type { MarkNotificationReadResponse } from "@ccms/contracts";
import { notificationRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound } from "../../http/principal.js";

export async function markNotificationRead(ctx: AppContext, p: UserPrincipal, id: string): Promise<MarkNotificationReadResponse> {
  return ctx.tx(async (tx) => {
    const row = await notificationRepository.findForUser(tx, p.userId, id);
    if (!row) throw notFound("notification", id);
    await notificationRepository.markRead(tx, p.userId, id, ctx.clock.now().toISOString());
    const after = await notificationRepository.findForUser(tx, p.userId, id);
    return { id, readAt: after?.read_at ?? ctx.clock.now().toISOString(), unread: await notificationRepository.countUnread(tx, p.userId) };
  });
}
