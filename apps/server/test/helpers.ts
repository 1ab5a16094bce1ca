/**
 * API test harness: a real database per test file (a temporary SQLite file, or a fresh PostgreSQL
 * database created on the local server), the real app through Fastify inject, a settable clock.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, migrate, openDatabase } from "@ccms/db";
import type { FastifyInstance, InjectOptions } from "fastify";
import pg from "pg";
import { buildApp } from "../src/app.js";
import { ensureAdmin, ensureRoot } from "../src/bootstrap/bootstrap.js";
import { DEMO_PASSWORD, type DemoOrg, loadDemo } from "../src/bootstrap/demo.js";
import { loadConfig } from "../src/config.js";
import type { AppContext } from "../src/context.js";

export const ENGINE = (process.env.CCMS_TEST_ENGINE ?? "sqlite") as "sqlite" | "postgres";
export const PG_ADMIN_URL = process.env.CCMS_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const ADMIN_PASSWORD = "Hq#Secure2026x";
export { DEMO_PASSWORD };

export class TestClock {
  constructor(public current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestEnv {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  clock: TestClock;
  rootId: string;
  demo: DemoOrg;
  /** Bearer token for a demo user (hqadmin, manager, teller1 …) or admin. */
  token(username: string): Promise<string>;
  /** inject with a bearer token of `as` (a username) and JSON body. */
  call(as: string | null, opts: InjectOptions): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (ENGINE === "postgres") {
    const name = `ccms_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const database = openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
    return {
      database,
      drop: async () => {
        await database.close();
        const c = new pg.Client({ connectionString: PG_ADMIN_URL });
        await c.connect();
        // Connections may still be closing: retry a plain drop before forcing it.
        for (let attempt = 0; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name}${attempt >= 10 ? " WITH (FORCE)" : ""}`);
            break;
          } catch (e) {
            if (attempt >= 10) throw e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "ccms-test-"));
  const database = openDatabase({ sqliteFile: join(dir, "ccms.sqlite") });
  return {
    database,
    drop: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Default clock: Tuesday 2026-03-10 10:00 Asia/Shanghai (a working day, counters open). */
/**
 * `env`: extra configuration variables (e.g. low rate limits for a security test). The idle timeout is
 * off by default here because test clocks jump hours between calls; test/security/limits enables it.
 */
export async function createTestEnv(opts: { now?: string; demo?: boolean; env?: Record<string, string> } = {}): Promise<TestEnv> {
  const { database, drop } = await openTestDatabase();
  await migrate(database);
  const clock = new TestClock(new Date(opts.now ?? "2026-03-10T02:00:00Z"));
  const config = {
    ...loadConfig({ CCMS_BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD, CCMS_ARGON2_MEMORY_KIB: "1024", CCMS_LOG_LEVEL: "silent", CCMS_IDLE_TIMEOUT_MINUTES: "0", CCMS_DEMO_HISTORY_DAYS: "0", ...opts.env }),
  };
  // Every reply is checked against its response schema: a contract drift fails the test (issue 12 item 4).
  const { app, ctx } = await buildApp({ config, database, clock, logger: false, validateResponses: true });
  await app.ready();
  const root = await ensureRoot(ctx);
  // Test-harness escape hatch: the bootstrap admin signs in without the first-sign-in change (K-06).
  await ensureAdmin(ctx, root.id, { mustChangePassword: false });
  const demo = opts.demo === false ? { provinceId: "", cityId: "", counterIds: [] } : (await loadDemo(ctx, root.id))!;
  const tokens = new Map<string, string>();

  async function token(username: string): Promise<string> {
    const cached = tokens.get(username);
    if (cached) return cached;
    const password = username === "admin" ? ADMIN_PASSWORD : DEMO_PASSWORD;
    const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
    const t = (res.json() as { token: string }).token;
    tokens.set(username, t);
    return t;
  }

  async function call(as: string | null, o: InjectOptions) {
    const headers = { ...(o.headers ?? {}) } as Record<string, string>;
    if (as) headers.authorization = `Bearer ${await token(as)}`;
    const res = await app.inject({ ...o, headers });
    let body: unknown = res.body;
    try {
      body = res.json();
    } catch {
      // not JSON
    }
    return { status: res.statusCode, body: body as any, headers: res.headers as Record<string, unknown> };
  }

  return {
    app,
    ctx,
    database,
    clock,
    rootId: root.id,
    demo,
    token,
    call,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

/**
 * One request as a demo user signed in anew at the test clock's now: for tests that move the clock by
 * days (cached sessions would have expired or gone idle meanwhile).
 */
export async function callFresh(env: TestEnv, username: string, o: InjectOptions): Promise<{ status: number; body: any }> {
  const login = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: DEMO_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`login ${username} failed: ${login.body}`);
  const token = (login.json() as { token: string }).token;
  const res = await env.app.inject({ ...o, headers: { ...(o.headers ?? {}), authorization: `Bearer ${token}` } });
  let body: unknown = res.body;
  try {
    body = res.json();
  } catch {
    // not JSON
  }
  return { status: res.statusCode, body: body as any };
}
