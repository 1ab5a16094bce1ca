/**
 * CAL-04 devices follow the clock (issue 10 item 1): an interval job notices when a counter's opening
 * hours begin or end and publishes `counter.opened` / `counter.closed` on the counter's queue
 * channel (persisted like every queue event, so a display resuming with Last-Event-ID gets it).
 * The last published state per counter is a row; a compare-and-set on it makes sure only one
 * instance publishes a boundary even when several run the job. The devices also keep their own
 * timer to `nextChangeAt` from the queue view; this event is the server's confirmation.
 */
import { isCounterOpenAt } from "@ccms/core";
import { counterClockRepository, orgUnitRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../context.js";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { cachedCalendar } from "./counter-caches.js";
import { type PendingEvent, publishEvents, recordEvent } from "./record-queue-event.js";

/** Seconds between checks: a boundary is published at most this late. */
export const COUNTER_CLOCK_SECONDS = 20;

export async function publishCounterClockChanges(ctx: AppContext): Promise<{ opened: string[]; closed: string[] }> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const counters = (await orgUnitRepository.listSubtree(ex, "/")).filter((u) => u.kind === "counter" && u.active);
  const opened: string[] = [];
  const closed: string[] = [];
  for (const counter of counters) {
    let open = false;
    try {
      open = isCounterOpenAt(now, counter, await cachedCalendar(ctx, counter));
    } catch {
      open = false; // a calendar year without data: closed, as the kiosk says
    }
    const stored = await counterClockRepository.find(ex, counter.id);
    if (!stored) {
      await ctx.tx((tx) => counterClockRepository.insertIfAbsent(tx, counter.id, open, at));
      continue;
    }
    if (stored.open === open) continue;
    const events: PendingEvent[] = [];
    await ctx.tx(async (tx) => {
      if (!(await counterClockRepository.flip(tx, counter.id, open, at))) return;
      events.push(await recordEvent(tx, null, now, counter.id, open ? "counter.opened" : "counter.closed", {}));
    });
    if (events.length === 0) continue;
    (open ? opened : closed).push(counter.id);
    await publishEvents(ctx, events);
  }
  return { opened, closed };
}

export function installCounterClockJob(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "counter opening-hours events", COUNTER_CLOCK_SECONDS, () => publishCounterClockChanges(ctx));
}
