#!/usr/bin/env node
/**
 * CCMS benchmarks (print, don't assert). Loopback only, bounded in time (< 3 minutes).
 *   1. durable ticket operations per second (issue + call + start + finish, each one transaction)
 *      compared with the raw database's single-row write transactions per second — SQLite and
 *      PostgreSQL (when reachable at CCMS_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/test)
 *   2. call-next latency p50/p99 over HTTP with 8 parallel tellers
 *   3. SSE fan-out: call → receipt at 1,000 connected display clients (p50/p99)
 * Output: one line per figure, `name: value unit`.
 */
import { Buffer } from "node:buffer";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = spawnSync("npx", ["tsc", "-b", "packages/core", "packages/contracts", "packages/db", "apps/server"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) {
  console.error("bench: build failed");
  process.exit(1);
}

const dist = (p) => new URL(`../${p}`, import.meta.url).href;
const { openDatabase, migrate, orgUnitRepository } = await import(dist("packages/db/dist/index.js"));
const { buildApp } = await import(dist("apps/server/dist/app.js"));
const { loadConfig } = await import(dist("apps/server/dist/config.js"));
const { ensureRoot, ensureAdmin } = await import(dist("apps/server/dist/bootstrap/bootstrap.js"));
const { loadDemo } = await import(dist("apps/server/dist/bootstrap/demo.js"));
const { createUser } = await import(dist("apps/server/dist/modules/control/users.js"));
const { createDevice } = await import(dist("apps/server/dist/modules/control/devices.js"));
const { login } = await import(dist("apps/server/dist/modules/control/login.js"));
const { issueTicket } = await import(dist("apps/server/dist/modules/queue/issue-ticket.js"));
const { callNextTicket } = await import(dist("apps/server/dist/modules/queue/call-next-ticket.js"));
const { startTicket, finishTicket } = await import(dist("apps/server/dist/modules/queue/ticket-actions.js"));
const { signInWindowChecked } = await import(dist("apps/server/dist/modules/queue/staff-window.js"));
const { createWindow } = await import(dist("apps/server/dist/modules/queue/manage-windows.js"));
const pg = (await import("pg")).default;

const PG_URL = process.env.CCMS_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const BUDGET_MS = { opsSqlite: 8_000, opsPg: 8_000, raw: 3_000 };
const started = Date.now();

const print = (name, value, unit, extra = "") => console.log(`${name}: ${value} ${unit}${extra ? ` ${extra}` : ""}`);
const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");

// A fixed clock inside business hours (Tue 2026-03-10 10:00 Asia/Shanghai): the bench measures, not the calendar.
const clock = { now: () => new Date("2026-03-10T02:00:00Z") };

async function setup(engine) {
  let database;
  let cleanup;
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "ccms-bench-"));
    database = openDatabase({ sqliteFile: join(dir, "bench.sqlite") });
    cleanup = async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const name = `ccms_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    database = openDatabase({ databaseUrl: url.toString(), poolSize: 16 });
    cleanup = async () => {
      await database.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  await migrate(database);
  const config = loadConfig({ CCMS_BOOTSTRAP_ADMIN_PASSWORD: "Bench#Secure2026x", CCMS_ARGON2_MEMORY_KIB: "1024", CCMS_LOG_LEVEL: "silent" });
  const { app, ctx } = await buildApp({ config, database, clock, logger: false });
  await app.ready();
  const rootUnit = await ensureRoot(ctx);
  await ensureAdmin(ctx, rootUnit.id);
  const demo = await loadDemo(ctx, rootUnit.id);
  const counter = await orgUnitRepository.findById(database.db, demo.counterIds[0]);
  return { app, ctx, database, counter, cleanup };
}

/** Raw single-row write transactions per second on the same engine and durability settings. */
async function rawWrites(database) {
  const deadline = performance.now() + BUDGET_MS.raw;
  let n = 0;
  const t0 = performance.now();
  if (database.engine === "sqlite") {
    const db = database.sqlite;
    db.exec("create table if not exists bench_raw (id integer primary key, v text not null)");
    const ins = db.prepare("insert into bench_raw (v) values (?)");
    const tx = db.transaction((v) => ins.run(v));
    while (performance.now() < deadline && n < 5000) {
      tx(`row ${n}`);
      n++;
    }
  } else {
    const client = await database.pgPool.connect();
    await client.query("create table if not exists bench_raw (id bigserial primary key, v text not null)");
    while (performance.now() < deadline && n < 5000) {
      await client.query("begin");
      await client.query("insert into bench_raw (v) values ($1)", [`row ${n}`]);
      await client.query("commit");
      n++;
    }
    client.release();
  }
  return n / ((performance.now() - t0) / 1000);
}

async function tellers(env, count) {
  const { ctx, counter } = env;
  const users = [];
  for (let i = 0; i < count; i++) {
    const username = `benchteller${i}`;
    await createUser(ctx, null, { username, password: "Bench#Teller2026x", displayName: `柜员${i}`, orgUnitId: counter.id, roles: ["teller"] }, { mustChangePassword: false });
    const session = await login(ctx, username, "Bench#Teller2026x");
    users.push(session.token);
  }
  return users;
}

/** The server's principal for a bearer token, through the real authentication path. */
async function principalOf(env, token) {
  const me = await env.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${token}` } });
  if (me.statusCode !== 200) throw new Error(`auth failed: ${me.body}`);
  const body = me.json();
  return {
    kind: "user",
    userId: body.user.id,
    username: body.user.username,
    displayName: body.user.displayName,
    orgUnitId: body.user.orgUnitId,
    roles: body.user.roles,
    permissions: new Set(body.permissions),
    scopePath: body.orgUnit.path,
  };
}

async function ticketOps(engine) {
  const env = await setup(engine);
  try {
    const [token] = await tellers(env, 1);
    const teller = await principalOf(env, token);
    const manager = { ...teller, permissions: new Set([...teller.permissions, "queue.manage", "queue.issue"]) };
    const w = await createWindow(env.ctx, manager, env.counter.id, { number: 21, businessTypes: ["claim", "new_business"] });
    await signInWindowChecked(env.ctx, teller, w.id);
    const budget = engine === "sqlite" ? BUDGET_MS.opsSqlite : BUDGET_MS.opsPg;
    const deadline = performance.now() + budget;
    let ops = 0;
    let tickets = 0;
    const t0 = performance.now();
    while (performance.now() < deadline && tickets < 1500) {
      const issued = await issueTicket(env.ctx, manager, env.counter.id, { businessType: tickets % 2 ? "claim" : "new_business", priority: "normal" });
      const called = await callNextTicket(env.ctx, teller, w.id);
      if (called.ticket?.id !== issued.body.id) throw new Error("bench: unexpected ticket order");
      await startTicket(env.ctx, teller, issued.body.id);
      await finishTicket(env.ctx, teller, issued.body.id, { outcome: "done" });
      ops += 4;
      tickets++;
    }
    const opsPerSec = ops / ((performance.now() - t0) / 1000);
    const raw = await rawWrites(env.database);
    print(`ticket_ops_${engine}`, fmt(opsPerSec, 0), "ops/s", `(issue+call+start+finish, ${tickets} tickets; raw single-row write tx ${fmt(raw, 0)} tx/s; ratio ${fmt(opsPerSec / raw, 2)})`);
    print(`ticket_ops_ratio_${engine}`, fmt(opsPerSec / raw, 2), "x", engine === "sqlite" ? "(target >= 0.5)" : "");
    print(`raw_write_tx_${engine}`, fmt(raw, 0), "tx/s");
  } finally {
    await env.app.close();
    await env.cleanup();
  }
}

function httpJson(port, method, path, token, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      { host: "127.0.0.1", port, method, path, headers: { authorization: `Bearer ${token}`, ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}) } },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (data += c));
        res.on("end", () => resolve({ status: res.statusCode, body: data ? JSON.parse(data) : null }));
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function callNextOverHttp(engine) {
  const env = await setup(engine);
  try {
    await env.app.listen({ port: 0, host: "127.0.0.1" });
    const port = env.app.server.address().port;
    const tokens = await tellers(env, 8);
    const manager = (await login(env.ctx, "manager", "Demo@2026pass")).token;
    const guide = (await login(env.ctx, "guide", "Demo@2026pass")).token;
    const windows = [];
    for (let i = 0; i < 8; i++) {
      const w = await httpJson(port, "POST", `/api/v1/counters/${env.counter.id}/windows`, manager, { number: 31 + i, businessTypes: ["claim", "new_business", "enquiry"] });
      const s = await httpJson(port, "POST", `/api/v1/windows/${w.body.id}/sign-in`, tokens[i]);
      if (s.status !== 200) throw new Error(`sign-in ${s.status}`);
      windows.push(w.body.id);
    }
    const TICKETS = 240;
    let k = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (k < TICKETS) {
          const i = k++;
          await httpJson(port, "POST", `/api/v1/counters/${env.counter.id}/tickets`, guide, { businessType: ["claim", "new_business", "enquiry"][i % 3], priority: i % 9 === 0 ? "vip" : "normal" });
        }
      }),
    );
    const latencies = [];
    const seen = new Set();
    const deadline = performance.now() + 20_000;
    await Promise.all(
      windows.map(async (w, i) => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          const r = await httpJson(port, "POST", `/api/v1/windows/${w}/call-next`, tokens[i]);
          latencies.push(performance.now() - t0);
          if (r.status !== 200) throw new Error(`call-next ${r.status} ${JSON.stringify(r.body)}`);
          if (!r.body.ticket) return;
          if (seen.has(r.body.ticket.id)) throw new Error("bench: a ticket was called twice");
          seen.add(r.body.ticket.id);
          await httpJson(port, "POST", `/api/v1/tickets/${r.body.ticket.id}/start`, tokens[i]);
          await httpJson(port, "POST", `/api/v1/tickets/${r.body.ticket.id}/finish`, tokens[i], { outcome: "done" });
        }
      }),
    );
    print(`call_next_http_p50_${engine}`, fmt(pct(latencies, 50), 2), "ms", `(8 parallel tellers, ${seen.size} tickets called once each)`);
    print(`call_next_http_p99_${engine}`, fmt(pct(latencies, 99), 2), "ms");
  } finally {
    await env.app.close();
    await env.cleanup();
  }
}

async function sseFanout(engine, clients = 1000) {
  const env = await setup(engine);
  const sockets = [];
  try {
    await env.app.listen({ port: 0, host: "127.0.0.1", backlog: 2048 });
    const port = env.app.server.address().port;
    const manager = (await login(env.ctx, "manager", "Demo@2026pass")).token;
    const guide = (await login(env.ctx, "guide", "Demo@2026pass")).token;
    const teller = (await login(env.ctx, "teller1", "Demo@2026pass")).token;
    const managerP = await principalOf(env, manager);
    const display = await createDevice(env.ctx, { ...managerP, permissions: new Set([...managerP.permissions, "device.manage"]) }, { orgUnitId: env.counter.id, kind: "display", name: "bench display" });
    const w = await httpJson(port, "POST", `/api/v1/counters/${env.counter.id}/windows`, manager, { number: 41, businessTypes: ["claim"] });
    await httpJson(port, "POST", `/api/v1/windows/${w.body.id}/sign-in`, teller);

    const receipts = new Map(); // ticket id -> array of receipt times
    let connected = 0;
    await new Promise((resolve, reject) => {
      for (let i = 0; i < clients; i++) {
        const req = httpRequest(
          { host: "127.0.0.1", port, path: `/api/v1/counters/${env.counter.id}/events`, agent: false, headers: { authorization: `Bearer ${display.token}`, accept: "text/event-stream" } },
          (res) => {
            let buf = "";
            res.setEncoding("utf8");
            res.on("data", (chunk) => {
              const now = performance.now();
              buf += chunk;
              if (buf.includes(": connected") && !req._counted) {
                req._counted = true;
                if (++connected === clients) resolve();
              }
              let idx;
              while ((idx = buf.indexOf("\n\n")) >= 0) {
                const block = buf.slice(0, idx);
                buf = buf.slice(idx + 2);
                if (!block.includes("event: ticket.called")) continue;
                const line = block.split("\n").find((l) => l.startsWith("data: "));
                const id = JSON.parse(line.slice(6)).ticket.id;
                let arr = receipts.get(id);
                if (!arr) receipts.set(id, (arr = []));
                arr.push(now);
              }
            });
          },
        );
        req.on("error", reject);
        req.end();
        sockets.push(req);
      }
      setTimeout(() => reject(new Error(`only ${connected}/${clients} SSE clients connected`)), 60_000).unref();
    });
    const CALLS = 10;
    const delays = [];
    for (let c = 0; c < CALLS; c++) {
      const t = await httpJson(port, "POST", `/api/v1/counters/${env.counter.id}/tickets`, guide, { businessType: "claim" });
      const t0 = performance.now();
      const r = await httpJson(port, "POST", `/api/v1/windows/${w.body.id}/call-next`, teller);
      const id = r.body.ticket.id;
      if (id !== t.body.id) throw new Error("bench: unexpected ticket");
      const until = performance.now() + 10_000;
      while ((receipts.get(id)?.length ?? 0) < clients && performance.now() < until) await new Promise((res) => setTimeout(res, 2));
      for (const at of receipts.get(id) ?? []) delays.push(at - t0);
      await httpJson(port, "POST", `/api/v1/tickets/${id}/start`, teller);
      await httpJson(port, "POST", `/api/v1/tickets/${id}/finish`, teller, { outcome: "done" });
    }
    const expected = CALLS * clients;
    print(`sse_fanout_p50_${engine}`, fmt(pct(delays, 50), 1), "ms", `(call → receipt, ${clients} display clients, ${CALLS} calls)`);
    print(`sse_fanout_p99_${engine}`, fmt(pct(delays, 99), 1), "ms", `(${delays.length}/${expected} receipts)`);
  } finally {
    for (const s of sockets) s.destroy();
    await env.app.close();
    await env.cleanup();
  }
}

async function pgAvailable() {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

const hasPg = await pgAvailable();
await ticketOps("sqlite");
if (hasPg) await ticketOps("postgres");
else print("ticket_ops_postgres", "skipped", "", `(no PostgreSQL at ${PG_URL})`);
await callNextOverHttp("sqlite");
if (hasPg) await callNextOverHttp("postgres");
await sseFanout("sqlite");
print("bench_total", fmt((Date.now() - started) / 1000, 1), "s");
process.exit(0);
