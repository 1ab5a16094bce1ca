/**
 * One instance runs each interval job (issue 12 item 5). On PostgreSQL, an instance runs a job only while
 * it holds the session-level advisory lock `pg_try_advisory_lock(7270002, hashtext(job name))` on its
 * own lock connection: the first instance to take it keeps it while it lives (the others skip their
 * ticks); when that instance stops or its connection drops, the lock is free and another takes over.
 * SQLite is one process: every job simply runs.
 */
import type { Database } from "@ccms/db";
import type pg from "pg";

const LOCK_CLASS = 7270002;

export interface JobLock {
  /** Run `run` if this instance holds (or now takes) the job's lock; "skipped" when another instance holds it. */
  runExclusive(name: string, run: () => Promise<unknown>): Promise<"ran" | "skipped">;
  close(): Promise<void>;
}

export function createJobLock(database: Database): JobLock {
  const pool = database.pgPool;
  if (!pool) return { runExclusive: async (_name, run) => (await run(), "ran"), close: async () => {} };
  return createPgJobLock(pool);
}

function createPgJobLock(pool: pg.Pool): JobLock {
  let session: pg.PoolClient | null = null;
  let connecting: Promise<pg.PoolClient> | null = null;
  const held = new Set<string>();
  let closed = false;

  const drop = (c: pg.PoolClient, err?: unknown) => {
    if (session !== c) return;
    session = null;
    held.clear(); // a lost session has lost its locks
    try {
      c.release(err instanceof Error ? err : true);
    } catch {
      // already released
    }
  };

  async function connect(): Promise<pg.PoolClient> {
    if (session) return session;
    connecting ??= (async () => {
      const c = await pool.connect();
      c.on("error", (err) => drop(c, err));
      c.on("end", () => drop(c));
      session = c;
      return c;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    async runExclusive(name, run) {
      if (closed) return "skipped";
      if (!held.has(name)) {
        const c = await connect();
        const r = await c.query<{ locked: boolean }>("select pg_try_advisory_lock($1, hashtext($2)) as locked", [LOCK_CLASS, name]);
        if (!r.rows[0]?.locked) return "skipped";
        held.add(name);
      }
      await run();
      return "ran";
    },
    async close() {
      closed = true;
      const c = session;
      if (!c) return;
      session = null;
      held.clear();
      try {
        await c.query("select pg_advisory_unlock_all()");
      } catch {
        // the connection may be gone
      }
      try {
        c.release();
      } catch {
        // already released
      }
    },
  };
}
