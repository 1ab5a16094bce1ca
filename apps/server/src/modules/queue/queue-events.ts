/**
 * Q-05 live queue events over SSE. Events are persisted (queue_events) with monotonic ids, so a
 * display that reconnects with Last-Event-ID (header or ?lastEventId=) receives what it missed;
 * live events arrive through ctx.bus (PostgreSQL LISTEN/NOTIFY across instances). Heartbeat every
 * 15 s. Open streams are ended when the app closes.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { EventStream, QueueCounterParams } from "@ccms/contracts";
import { queueEventRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { BusEvent } from "../../realtime/bus.js";
import { assertDeviceKind } from "./queue-permissions.js";
import { counterInScope } from "./queue-scope.js";
import { channelOf } from "./record-queue-event.js";

const REPLAY_LIMIT = 2000;
export const HEARTBEAT_MS = 15_000;

export function queueEventRoutes(app: FastifyInstance, ctx: AppContext): void {
  const open = new Set<() => void>();
  app.addHook("preClose", async () => {
    for (const end of [...open]) end();
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/counters/:counterId/events",
    {
      config: { auth: "any" },
      schema: {
        tags: ["queue"],
        summary: "SSE stream of queue events (text/event-stream); resume with Last-Event-ID",
        params: QueueCounterParams,
        querystring: z.strictObject({ lastEventId: z.string().regex(/^\d{1,18}$/).optional() }),
        produces: ["text/event-stream"],
        response: { 200: EventStream },
      },
    },
    async (req, reply) => {
      const p = req.principal!;
      assertDeviceKind(p, ["display", "kiosk", "ratingPad"]);
      const counter = await counterInScope(ctx.database.db, p, req.params.counterId);
      const header = req.headers["last-event-id"];
      const fromHeader = typeof header === "string" && /^\d{1,18}$/.test(header.trim()) ? Number(header.trim()) : null;
      const resumeFrom = fromHeader ?? (req.query.lastEventId ? Number(req.query.lastEventId) : null);

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      let lastSent = -1;
      let replaying = true;
      let closed = false;
      const buffer: BusEvent[] = [];
      const write = (id: string, type: string, data: unknown) => {
        const n = Number(id);
        if (closed || n <= lastSent) return;
        lastSent = n;
        raw.write(`id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const unsubscribe = ctx.bus.subscribe(channelOf(counter.id), (e) => {
        if (replaying) buffer.push(e);
        else if (e.id) write(e.id, e.type, e.data);
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
      req.raw.on("close", () => {
        if (req.raw.destroyed || raw.destroyed) cleanup();
      });
      raw.on("close", cleanup);
      raw.on("error", cleanup);
      try {
        raw.write("retry: 3000\n: connected\n\n");
        if (resumeFrom !== null) {
          lastSent = resumeFrom;
          const rows = await queueEventRepository.after(ctx.database.db, counter.id, resumeFrom, REPLAY_LIMIT);
          for (const row of rows) write(String(row.id), row.type, { id: String(row.id), ...(JSON.parse(row.data) as object) });
        } else {
          lastSent = (await queueEventRepository.lastId(ctx.database.db, counter.id)) ?? 0;
        }
      } catch {
        end();
        return;
      }
      replaying = false;
      for (const e of buffer.splice(0)) if (e.id) write(e.id, e.type, e.data);
    },
  );
}
