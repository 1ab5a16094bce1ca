/**
 * Domain events to real-time clients. One process: in-memory fan-out. Several processes on
 * PostgreSQL: every event is NOTIFYed and each instance LISTENs, so any instance can serve any
 * display. Channels are per org unit (e.g. a counter id).
 */
import type pg from "pg";

export interface BusEvent {
  /** Monotonic per channel when the producer assigns it (used as SSE id); optional. */
  id?: string;
  type: string;
  data: unknown;
}

export type Listener = (event: BusEvent) => void;

export interface EventBus {
  publish(channel: string, event: BusEvent): Promise<void>;
  subscribe(channel: string, listener: Listener): () => void;
  close(): Promise<void>;
}

class LocalFanout {
  private readonly listeners = new Map<string, Set<Listener>>();
  deliver(channel: string, event: BusEvent): void {
    const set = this.listeners.get(channel);
    if (!set) return;
    for (const l of set) {
      try {
        l(event);
      } catch {
        // a broken listener never stops the others
      }
    }
  }
  subscribe(channel: string, listener: Listener): () => void {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(channel);
    };
  }
}

export function createMemoryBus(): EventBus {
  const fan = new LocalFanout();
  return {
    async publish(channel, event) {
      fan.deliver(channel, event);
    },
    subscribe: (c, l) => fan.subscribe(c, l),
    async close() {},
  };
}

const PG_CHANNEL = "ccms_events";

/** LISTEN/NOTIFY bus: payloads over 7.5 kB are not sent (NOTIFY limit 8 kB); events stay small. */
export async function createPgBus(pool: pg.Pool): Promise<EventBus> {
  const fan = new LocalFanout();
  const client = await pool.connect();
  let closed = false;
  client.on("notification", (msg) => {
    if (msg.channel !== PG_CHANNEL || !msg.payload) return;
    try {
      const { c, e } = JSON.parse(msg.payload) as { c: string; e: BusEvent };
      fan.deliver(c, e);
    } catch {
      // ignore malformed payloads
    }
  });
  await client.query(`LISTEN ${PG_CHANNEL}`);
  return {
    async publish(channel, event) {
      const payload = JSON.stringify({ c: channel, e: event });
      if (payload.length > 7500) {
        fan.deliver(channel, event);
        return;
      }
      await pool.query("select pg_notify($1, $2)", [PG_CHANNEL, payload]);
    },
    subscribe: (c, l) => fan.subscribe(c, l),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.query(`UNLISTEN ${PG_CHANNEL}`);
      } finally {
        client.release();
      }
    },
  };
}
