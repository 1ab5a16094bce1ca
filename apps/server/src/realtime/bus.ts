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
/** NOTIFY payloads are limited to 8000 bytes; counted in bytes of UTF-8 (Chinese text is 3 bytes a character). */
export const NOTIFY_MAX_BYTES = 7900;

export interface PgBusOptions {
  /** First and longest wait before the listener reconnects (ms). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  onStateChange?: (state: "listening" | "reconnecting") => void;
}

/**
 * LISTEN/NOTIFY bus. The listening connection reconnects on its own with back-off (a terminated
 * backend or a database restart never crashes the process); while it is down, this instance's own
 * events still reach its own subscribers. An event too large for NOTIFY is delivered locally only.
 */
export async function createPgBus(pool: pg.Pool, opts: PgBusOptions = {}): Promise<EventBus & { listening(): boolean }> {
  const fan = new LocalFanout();
  const minBackoff = opts.minBackoffMs ?? 200;
  const maxBackoff = opts.maxBackoffMs ?? 10_000;
  let client: pg.PoolClient | null = null;
  let closed = false;
  let backoff = minBackoff;
  let timer: NodeJS.Timeout | undefined;

  const onNotification = (msg: pg.Notification) => {
    if (msg.channel !== PG_CHANNEL || !msg.payload) return;
    try {
      const { c, e } = JSON.parse(msg.payload) as { c: string; e: BusEvent };
      fan.deliver(c, e);
    } catch {
      // ignore malformed payloads
    }
  };

  function lost(c: pg.PoolClient, err: unknown): void {
    if (client !== c) return;
    client = null;
    try {
      c.release(err instanceof Error ? err : new Error(String(err)));
    } catch {
      // already released
    }
    if (!closed) schedule();
  }

  function schedule(): void {
    opts.onStateChange?.("reconnecting");
    timer = setTimeout(() => {
      void listen().catch(() => {
        backoff = Math.min(maxBackoff, backoff * 2);
        if (!closed) schedule();
      });
    }, backoff);
    timer.unref();
  }

  async function listen(): Promise<void> {
    const c = await pool.connect();
    if (closed) {
      c.release();
      return;
    }
    c.on("notification", onNotification);
    c.on("error", (err) => lost(c, err));
    c.on("end", () => lost(c, new Error("listener connection ended")));
    try {
      await c.query(`LISTEN ${PG_CHANNEL}`);
    } catch (err) {
      c.release(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
    client = c;
    backoff = minBackoff;
    opts.onStateChange?.("listening");
  }

  await listen();
  return {
    listening: () => client !== null,
    async publish(channel, event) {
      const payload = JSON.stringify({ c: channel, e: event });
      if (Buffer.byteLength(payload, "utf8") > NOTIFY_MAX_BYTES || client === null) {
        // Too large for NOTIFY, or the listener is down: this instance's subscribers still get it.
        fan.deliver(channel, event);
        return;
      }
      try {
        await pool.query("select pg_notify($1, $2)", [PG_CHANNEL, payload]);
      } catch {
        // The change is committed: a failed NOTIFY must not fail the request. Deliver locally.
        fan.deliver(channel, event);
      }
    },
    subscribe: (c, l) => fan.subscribe(c, l),
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      if (!c) return;
      try {
        await c.query(`UNLISTEN ${PG_CHANNEL}`);
      } catch {
        // the connection may be gone
      } finally {
        try {
          c.release();
        } catch {
          // already released
        }
      }
    },
  };
}
