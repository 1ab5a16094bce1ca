/**
 * Group commit on the write path (issue 13 item 1), over the API:
 * - 32 parallel writers issue tickets: numbers stay unique and gap-free (both engines; on SQLite the
 *   requests are batched into shared transactions, each in its own savepoint);
 * - crash: the server runs in a child process on a SQLite file; while 32 writers issue tickets it is
 *   killed with SIGKILL in the middle of the load. Every acknowledged ticket is in the file with the
 *   number it was given, numbers are gap-free, and a restarted server goes on from the last number
 *   (a number is never given twice).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@ccms/db";
import { build } from "esbuild";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const WRITERS = 32;

describe(`group commit: 32 parallel writers over the API (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  it("32 parallel writers: every ticket acknowledged, numbers unique and gap-free", async () => {
    const counter = env.demo.counterIds[0]!;
    const guide = await env.token("guide");
    const before = env.database.writeQueue?.stats();
    const numbers: string[] = [];
    const PER_WRITER = 8;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        for (let i = 0; i < PER_WRITER; i++) {
          const res = await env.app.inject({
            method: "POST",
            url: `/api/v1/counters/${counter}/tickets`,
            headers: { authorization: `Bearer ${guide}` },
            payload: { businessType: "new_business" },
          });
          expect(res.statusCode).toBe(201);
          numbers.push((res.json() as { number: string }).number);
        }
      }),
    );
    const n = WRITERS * PER_WRITER;
    expect([...numbers].sort()).toEqual(Array.from({ length: n }, (_, k) => `A${String(k + 1).padStart(3, "0")}`));
    if (ENGINE === "sqlite") {
      const after = env.database.writeQueue!.stats();
      // requests shared transactions: fewer commits than requests
      expect(after.items - before!.items).toBeGreaterThanOrEqual(n);
      expect(after.batches - before!.batches).toBeLessThan(after.items - before!.items);
      expect(after.largest).toBeGreaterThan(1);
    }
  });
});

// ------------------------------------------------------------------ crash (SQLite, child process)
const repo = fileURLToPath(new URL("../../../../", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The child runs the server from the sources, bundled by esbuild (the workspace packages from their
 * src, every other package from node_modules), so the test never depends on a stale build.
 */
async function bundleServer(): Promise<string> {
  const outDir = join(repo, "node_modules/.cache/ccms-test");
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `crash-server-${process.pid}.mjs`);
  await build({
    entryPoints: [join(repo, "apps/server/src/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    plugins: [
      {
        name: "workspace-sources",
        setup(b) {
          b.onResolve({ filter: /^@ccms\/(core|db|contracts)$/ }, (a) => ({ path: join(repo, `packages/${a.path.slice(6)}/src/index.ts`) }));
          // JSON data files of packages are bundled (node 20 wants import attributes for them)
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.endsWith(".json") ? undefined : { path: a.path, external: true }));
        },
      },
    ],
  });
  return outfile;
}

async function startServer(script: string, dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      CCMS_DATA_DIR: dataDir,
      CCMS_DATABASE_URL: "",
      CCMS_DEMO: "1",
      CCMS_DEMO_HISTORY_DAYS: "0",
      CCMS_CLOCK_START: "2026-03-10T02:00:00Z",
      CCMS_BOOTSTRAP_ADMIN_PASSWORD: "Hq#Secure2026x",
      CCMS_ARGON2_MEMORY_KIB: "1024",
      CCMS_LOG_LEVEL: "silent",
      CCMS_CASE_SWEEP_SECONDS: "0",
      CCMS_DAILY_OPS_REMINDER_SECONDS: "0",
      CCMS_AUDIT_KEY: "k".repeat(64),
      CCMS_SQLITE_GROUP_COMMIT: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes("is running on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (b: Buffer) => (out += b.toString()));
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return child;
}

async function post(base: string, path: string, body: unknown, token?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe.runIf(ENGINE === "sqlite")("group commit: kill -9 during a batch (SQLite, child process)", () => {
  let dir: string;
  let script: string;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    script = await bundleServer();
    dir = mkdtempSync(join(tmpdir(), "ccms-crash-"));
  });
  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (script) rmSync(script, { force: true });
  });

  it("SIGKILL in the middle of the load loses no acknowledged ticket and never reuses a number", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = await startServer(script, dir, port);
    const login = await post(base, "/api/v1/auth/login", { username: "guide", password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const token = login.body.token as string;
    const file = join(dir, "ccms.sqlite");
    const peek = openDatabase({ sqliteFile: file, groupCommit: false });
    const counter = (await sql<{ id: string }>`select org_unit_id as id from users where username = 'guide'`.execute(peek.db)).rows[0]!.id;
    await peek.close();

    const acked = new Map<string, string>(); // ticket id → number
    let stop = false;
    let failures = 0;
    const killAfter = 120;
    const writers = Array.from({ length: WRITERS }, async () => {
      while (!stop) {
        try {
          const r = await post(base, `/api/v1/counters/${counter}/tickets`, { businessType: "new_business" }, token);
          if (r.status !== 201) throw new Error(`unexpected ${r.status} ${JSON.stringify(r.body)}`);
          acked.set(r.body.id, r.body.number);
          if (acked.size >= killAfter && child!.exitCode === null) {
            child!.kill("SIGKILL");
          }
        } catch (e) {
          if (child!.exitCode === null && !child!.killed) throw e;
          failures++;
          stop = true;
        }
      }
    });
    await Promise.all(writers);
    await new Promise<void>((r) => (child!.exitCode !== null || child!.signalCode !== null ? r() : child!.once("exit", () => r())));
    expect(child!.signalCode).toBe("SIGKILL");
    expect(acked.size).toBeGreaterThanOrEqual(killAfter);
    expect(failures).toBeGreaterThan(0); // requests were in flight when the server died

    // Every acknowledged ticket is in the file with its number; numbers are gap-free.
    const after = openDatabase({ sqliteFile: file, groupCommit: false });
    // the day of the load (the demo may also hold generated history of other days)
    const day = (await sql<{ d: string }>`select business_date as d from queue_tickets where id = ${[...acked.keys()][0]!}`.execute(after.db)).rows[0]!.d;
    const rows = (
      await sql<{ id: string; number: string; seq: number }>`select id, number, seq from queue_tickets
        where counter_id = ${counter} and business_type = 'new_business' and business_date = ${day} order by seq`.execute(after.db)
    ).rows;
    const last = (
      await sql<{ last: number }>`select last from queue_ticket_sequences where counter_id = ${counter} and business_type = 'new_business' and business_date = ${day}`.execute(after.db)
    ).rows[0]!.last;
    await after.close();
    const stored = new Map(rows.map((r) => [r.id, r.number]));
    for (const [id, number] of acked) expect(stored.get(id)).toBe(number);
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: rows.length }, (_, k) => k + 1));
    expect(Number(last)).toBe(rows.length);

    // A restarted server goes on from the last committed number.
    child = await startServer(script, dir, port);
    const again = await post(base, "/api/v1/auth/login", { username: "guide", password: DEMO_PASSWORD });
    const next = await post(base, `/api/v1/counters/${counter}/tickets`, { businessType: "new_business" }, again.body.token);
    expect(next.status).toBe(201);
    expect(next.body.number).toBe(`A${String(rows.length + 1).padStart(3, "0")}`);
    expect([...acked.values()]).not.toContain(next.body.number);
    // the audit chains (HMAC) are whole after the crash: every acknowledged issue is audited, nothing half-written
    const auditor = await post(base, "/api/v1/auth/login", { username: "auditor", password: DEMO_PASSWORD });
    const verify = await fetch(`${base}/api/v1/audit/verify?full=true`, { headers: { authorization: `Bearer ${auditor.body.token}` } });
    expect(await verify.json()).toMatchObject({ ok: true, truncated: false });
    child.kill("SIGTERM");
  });
});
