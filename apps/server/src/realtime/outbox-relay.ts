/**
 * The outbox relay: publishes committed outbox rows to the event bus (in memory; NOTIFY on PostgreSQL),
 * then runs the subscribers (notifications) and marks each row published in one transaction. A row is
 * claimed with a lease, so several instances never publish it at the same time; after a crash the row
 * is taken again once its lease has run out (at least once: subscribers are idempotent by event id).
 */
import { type Database, type DB, type OutboxRow, inTransaction, outboxRepository } from "@ccms/db";
import type { Transaction } from "kysely";
import { ulid } from "ulid";
import type { Clock } from "../context.js";
import type { BusEvent, EventBus } from "./bus.js";
import type { CollectedEvent } from "./transaction-events.js";

/** An event as the relay delivers it to subscribers. */
export interface OutboxEvent {
  eventId: string;
  channel: string;
  type: string;
  data: unknown;
  createdAt: string;
}

/** Follow-up messages a subscriber wants published once its transaction has committed. */
export type FollowUp = CollectedEvent;

export interface EventSubscriber {
  name: string;
  handles(type: string): boolean;
  handle(tx: Transaction<DB>, event: OutboxEvent): Promise<FollowUp[]>;
}

export interface RelayOptions {
  database: Database;
  bus: EventBus;
  clock: Clock;
  subscribers: readonly EventSubscriber[];
  leaseMs?: number;
  batch?: number;
  /** Published rows older than this are removed by the periodic pass. */
  keepPublishedMs?: number;
  onError?: (err: unknown, what: string) => void;
}

export interface OutboxRelay {
  /** True when some subscriber consumes this event type (such events go through the outbox even when published outside a transaction). */
  hasSubscriber(type: string): boolean;
  /** Rows for the outbox from collected events. */
  rows(events: readonly CollectedEvent[]): Array<{ event_id: string; channel: string; type: string; data: string; source_id: string | null; created_at: string }>;
  /** Write events to the outbox in their own transaction, then publish them. */
  enqueue(events: readonly CollectedEvent[]): Promise<void>;
  /** Publish every unpublished row whose lease is free (never throws). */
  drain(): Promise<number>;
  /** Remove published rows past the retention. */
  purge(): Promise<number>;
  /** Where failures are reported (the app's log). */
  onError(handler: (err: unknown, what: string) => void): void;
  stop(): void;
}

export function createOutboxRelay(opts: RelayOptions): OutboxRelay {
  const { database, bus, clock } = opts;
  const leaseMs = opts.leaseMs ?? 30_000;
  const batch = opts.batch ?? 100;
  const keepMs = opts.keepPublishedMs ?? 7 * 24 * 3600_000;
  let onError = opts.onError ?? (() => {});
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  const toEvent = (r: OutboxRow): OutboxEvent => ({ eventId: r.event_id, channel: r.channel, type: r.type, data: JSON.parse(r.data) as unknown, createdAt: r.created_at });
  const busEvent = (r: OutboxRow): BusEvent => {
    const e: BusEvent = { type: r.type, data: JSON.parse(r.data) as unknown };
    if (r.source_id !== null) e.id = r.source_id;
    return e;
  };

  async function deliver(r: OutboxRow): Promise<boolean> {
    try {
      await bus.publish(r.channel, busEvent(r));
    } catch (err) {
      onError(err, `publish ${r.type}`);
      await outboxRepository.release(database.db, [r.seq]);
      return false;
    }
    const event = toEvent(r);
    let followUps: FollowUp[] = [];
    try {
      await inTransaction(database, async (tx) => {
        followUps = [];
        for (const s of opts.subscribers) if (s.handles(r.type)) followUps.push(...(await s.handle(tx, event)));
        await outboxRepository.markPublished(tx, [r.seq], clock.now().toISOString());
      });
    } catch (err) {
      // The event went out but its subscribers failed: give the row back; it is published again later.
      onError(err, `subscribers of ${r.type}`);
      await outboxRepository.release(database.db, [r.seq]).catch(() => {});
      return false;
    }
    for (const f of followUps) await bus.publish(f.channel, f.event).catch((err: unknown) => onError(err, `follow-up ${f.event.type}`));
    return true;
  }

  async function pass(): Promise<number> {
    let published = 0;
    for (;;) {
      if (stopped) return published;
      const now = clock.now();
      const claimed = await outboxRepository.claim(database.db, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString(), batch);
      if (claimed.length === 0) return published;
      let failed = false;
      for (const r of claimed) {
        if (await deliver(r)) published++;
        else failed = true;
      }
      if (failed) return published; // retried on the next pass, not in a tight loop
    }
  }

  async function drain(): Promise<number> {
    if (running) {
      again = true;
      const n = await running.catch(() => 0);
      // The pass in flight may have claimed before our rows were committed: run one more.
      if (again) return n + (await drain());
      return n;
    }
    again = false;
    running = pass().catch((err: unknown) => {
      onError(err, "outbox relay");
      return 0;
    });
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  const rows: OutboxRelay["rows"] = (events) => {
    const at = clock.now().toISOString();
    return events.map((e) => ({ event_id: ulid(), channel: e.channel, type: e.event.type, data: JSON.stringify(e.event.data ?? null), source_id: e.event.id ?? null, created_at: at }));
  };

  return {
    hasSubscriber: (type) => opts.subscribers.some((s) => s.handles(type)),
    rows,
    async enqueue(events) {
      if (events.length === 0) return;
      await inTransaction(database, (tx) => outboxRepository.insertMany(tx, rows(events)));
      await drain();
    },
    drain,
    purge: () => outboxRepository.purgePublishedBefore(database.db, new Date(clock.now().getTime() - keepMs).toISOString()),
    onError(handler) {
      onError = handler;
    },
    stop() {
      stopped = true;
    },
  };
}
