/**
 * One Kysely database over either engine: SQLite (better-sqlite3, WAL, synchronous=FULL) by default,
 * PostgreSQL (pg pool) when a URL is given. Repositories are written once for both.
 */
import { AsyncResource } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type ControlledTransaction, Kysely, PostgresDialect, SqliteDialect, type Transaction, sql } from "kysely";
import pg from "pg";
import type { DB } from "./schema.js";

export type Engine = "sqlite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** For PostgreSQL only: the pool, used by LISTEN/NOTIFY. */
  pgPool?: pg.Pool;
  /** For SQLite only: the raw handle (benchmarks, backups). */
  sqlite?: BetterSqlite3.Database;
  /** For SQLite with group commit: the write queue that `inTransaction` goes through. */
  writeQueue?: GroupCommitQueue;
  close(): Promise<void>;
}

export type Executor = Kysely<DB> | Transaction<DB>;

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, SQLite at `sqliteFile`. */
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  /** PostgreSQL pool size; default CCMS_PG_POOL_SIZE, else 10. */
  poolSize?: number;
  /**
   * SQLite group commit: concurrent `inTransaction` calls share one transaction and one fsync (each
   * in its own savepoint). Default CCMS_SQLITE_GROUP_COMMIT ("1" on, "0" off), else on.
   */
  groupCommit?: boolean;
}

const envFlag = (name: string): boolean | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  return !["0", "false", "off", "no"].includes(raw.toLowerCase());
};
const envInt = (name: string): number | undefined => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

// PostgreSQL bigint/numeric come back as strings by default; our counts and sequences fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openDatabase(opts: DatabaseOptions): Database {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? envInt("CCMS_PG_POOL_SIZE") ?? 10 });
    // An idle client dropped by the server (restart, admin termination) must not crash the process;
    // the pool replaces it on the next checkout.
    pool.on("error", () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: "postgres", pgPool: pool, close: () => db.destroy() };
  }
  const file = opts.sqliteFile ?? ":memory:";
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const groupCommit = opts.groupCommit ?? envFlag("CCMS_SQLITE_GROUP_COMMIT") ?? true;
  const writeQueue = groupCommit ? new GroupCommitQueue(db, sqlite) : undefined;
  return {
    db,
    engine: "sqlite",
    sqlite,
    ...(writeQueue ? { writeQueue } : {}),
    close: async () => {
      await writeQueue?.drain();
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every statement anew; on the hot paths (ticket issue/call/finish) preparing costs as
 * much as executing. Prepared statements are reusable in better-sqlite3 (one connection, serial use),
 * so keep the most recent ones by SQL text.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, max = 500) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let stmt = cache.get(sqlText);
      if (stmt) {
        cache.delete(sqlText);
      } else {
        stmt = sqlite.prepare(sqlText);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sqlText, stmt);
      return stmt;
    },
  };
}

/**
 * Run `fn` in one transaction (the use-case runner opens transactions, not repositories). The promise
 * settles only once the transaction is durable (committed) or rolled back. On SQLite with group
 * commit, `fn` shares its transaction with whatever else is waiting (see GroupCommitQueue); `fn`'s
 * own writes are still all or nothing.
 */
export function inTransaction<T>(database: Database, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (database.writeQueue) return database.writeQueue.run(fn);
  return database.db.transaction().execute(fn);
}

/** The real setImmediate, even under a test's fake timers. */
const nextTurn: (cb: () => void) => void = setImmediate;

interface QueuedWork {
  fn: (tx: Transaction<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitStats {
  /** Transactions committed (or failed) by the queue. */
  batches: number;
  /** Units of work run (succeeded or failed). */
  items: number;
  /** Largest batch so far. */
  largest: number;
}

/**
 * Group commit for SQLite. Every write transaction goes through one queue. A batch takes whatever is
 * waiting when it begins (up to `maxItems`) and admits newcomers for `maxAdmitMs`, runs each unit of
 * work in turn inside one transaction, each in its own SAVEPOINT (a unit that throws is rolled back to
 * its savepoint: only its own writes are undone), then COMMITs once (one fsync in WAL with
 * synchronous=FULL) and only then settles every unit's promise: an answer is never given for work that
 * is not yet durable. If the transaction itself is lost (commit fails, or SQLite aborts it), every unit
 * of the batch fails; none was acknowledged.
 *
 * Units run one at a time (SQLite has one writer), in arrival order, so every unit sees the committed
 * state plus the units before it in the batch: sequences (ticket numbers) stay gap-free.
 */
export class GroupCommitQueue {
  private readonly waiting: QueuedWork[] = [];
  private running: Promise<void> | null = null;
  private readonly counters: GroupCommitStats = { batches: 0, items: 0, largest: 0 };

  constructor(
    private readonly db: Kysely<DB>,
    private readonly sqlite: BetterSqlite3.Database,
    private readonly maxItems = 64,
    private readonly maxAdmitMs = 10,
  ) {}

  run<T>(fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // the unit runs in its caller's async context (async-local state of the request), not the queue's
      this.waiting.push({ fn: AsyncResource.bind(fn), resolve: resolve as (v: unknown) => void, reject });
      this.running ??= this.loop();
    });
  }

  stats(): GroupCommitStats {
    return { ...this.counters };
  }

  /** Settles once every queued unit has been committed or failed. */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        // Let requests that arrived in the same turn of the event loop join this batch.
        await new Promise<void>((r) => nextTurn(r));
        await this.batch();
      }
    } finally {
      this.running = null;
      // a unit queued while the loop was finishing
      if (this.waiting.length > 0) this.running = this.loop();
    }
  }

  private async batch(): Promise<void> {
    const done: Array<{ work: QueuedWork; ok: boolean; value: unknown }> = [];
    const started = Date.now();
    let trx: ControlledTransaction<DB>;
    try {
      trx = await this.db.startTransaction().execute();
    } catch (e) {
      for (const w of this.waiting.splice(0, this.maxItems)) w.reject(e);
      return;
    }
    let lost: unknown = null;
    // everything waiting when the batch begins is taken (up to maxItems); newcomers for maxAdmitMs
    const present = Math.min(this.waiting.length, this.maxItems);
    while (this.waiting.length > 0 && done.length < this.maxItems && (done.length < present || Date.now() - started < this.maxAdmitMs)) {
      const work = this.waiting.shift()!;
      try {
        await sql`savepoint gc_unit`.execute(trx);
      } catch (e) {
        lost = e;
        done.push({ work, ok: false, value: e });
        break;
      }
      try {
        const value = await work.fn(trx);
        await sql`release savepoint gc_unit`.execute(trx);
        done.push({ work, ok: true, value });
      } catch (e) {
        done.push({ work, ok: false, value: e });
        // SQLite may have aborted the whole transaction (disk full, I/O error): then the batch is lost.
        if (!this.sqlite.inTransaction) {
          lost = e;
          break;
        }
        try {
          await sql`rollback to savepoint gc_unit`.execute(trx);
          await sql`release savepoint gc_unit`.execute(trx);
        } catch (e2) {
          lost = e2;
          break;
        }
      }
    }
    if (lost === null) {
      try {
        await trx.commit().execute();
      } catch (e) {
        lost = e;
      }
    }
    if (lost !== null) {
      try {
        await trx.rollback().execute();
      } catch {
        // already rolled back by SQLite
      }
    }
    this.counters.batches++;
    this.counters.items += done.length;
    this.counters.largest = Math.max(this.counters.largest, done.length);
    for (const d of done) {
      if (lost !== null) d.work.reject(d.ok ? lost : d.value);
      else if (d.ok) d.work.resolve(d.value);
      else d.work.reject(d.value);
    }
  }
}
