/**
 * The notification centre's API: list, mark read, and a live SSE stream of the signed-in person's new
 * notifications (`event: notification.created`, heartbeat every 15 s; the client lists again on reconnect).
 */
import { EventStream, MarkNotificationReadResponse, NotificationList, NotificationListQuery, NotificationParams } from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { listNotifications } from "./list-notifications.js";
import { markNotificationRead } from "./mark-notification-read.js";
import { NOTIFICATION_CREATED, userChannel } from "./notify-users.js";

const HEARTBEAT_MS = 15_000;

export function notificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const open = new Set<() => void>();
  app.addHook("preClose", async () => {
    for (const end of [...open]) end();
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/notifications",
    { schema: { tags: ["notifications"], summary: "The signed-in person's notifications, newest first, with the unread count", querystring: NotificationListQuery, response: { 200: NotificationList } } },
    async (req) => listNotifications(ctx, requireUser(req.principal), req.query),
  );
  r.post(
    "/api/v1/notifications/:id/read",
    { schema: { tags: ["notifications"], summary: "Mark one of one's notifications read", params: NotificationParams, response: { 200: MarkNotificationReadResponse } } },
    async (req) => markNotificationRead(ctx, requireUser(req.principal), req.params.id),
  );
  r.get(
    "/api/v1/notifications/events",
    { schema: { tags: ["notifications"], summary: "SSE stream (text/event-stream) of the signed-in person's new notifications", produces: ["text/event-stream"], response: { 200: EventStream } } },
    async (req, reply) => {
      const p = requireUser(req.principal);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" });
      let closed = false;
      const unsubscribe = ctx.bus.subscribe(userChannel(p.userId), (e) => {
        if (!closed && e.type === NOTIFICATION_CREATED) raw.write(`event: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`);
      });
      const heartbeat = setInterval(() => {
        if (!closed) raw.write(": ping\n\n");
      }, HEARTBEAT_MS);
      heartbeat.unref();
      const cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
      };
      const end = () => {
        cleanup();
        raw.end();
      };
      open.add(end);
      raw.on("close", cleanup);
      raw.on("error", cleanup);
      raw.write("retry: 5000\n: connected\n\n");
    },
  );
}
