/**
 * One Kysely database over either engine: SQLite (better-sqlite3, WAL, synchronous=FULL) by default,
 * PostgreSQL (pg pool) when a URL is given. Repositories are written once for both.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from "kysely";
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
  close(): Promise<void>;
}

export type Executor = Kysely<DB> | Transaction<DB>;

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, SQLite at `sqliteFile`. */
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  poolSize?: number;
}

// PostgreSQL bigint/numeric come back as strings by default; our counts and sequences fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openDatabase(opts: DatabaseOptions): Database {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
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
  return { db, engine: "sqlite", sqlite, close: () => db.destroy() };
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

/** Run `fn` in one transaction (the use-case runner opens transactions, not repositories). */
export function inTransaction<T>(database: Database, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  return database.db.transaction().execute(fn);
}
