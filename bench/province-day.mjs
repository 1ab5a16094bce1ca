/**
 * Bench figure `pg_province_day` (issue 13 item 4): a province's day on PostgreSQL. 200 counters × 8
 * windows (CCMS_BENCH_DAY_COUNTERS × 8) are set up over the API under the demo city, each with 8
 * tellers signed in at their windows and one kiosk device; 4 app server instances (separate processes,
 * CCMS_BENCH_DAY_INSTANCES) share one dedicated database. The day's arrivals follow the counter profile
 * of the demo history (09:00–17:00, morning peak 09–11 × 1.5, afternoon peak 14:30–16:30 × 1.25, else
 * × 0.8; business types and service times per type as there), CCMS_BENCH_DAY_TICKETS per counter,
 * with the day's clock compressed into CCMS_BENCH_DAY_SECONDS. The load runs in its own processes
 * (CCMS_BENCH_DAY_LOADERS, each driving a share of the counters; province-day-load.mjs) over HTTP:
 * kiosks issue at the arrival instants (or when their previous ticket is out), tellers call-next →
 * start → (service) → finish.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { DEMO_PASSWORD, http, signIn } from "./http-client.mjs";
import { ADMIN_PASSWORD, CLOCK_START, root, startServer } from "./server-process.mjs";

/** Sizes from the environment (defaults in brackets): see bench/README.md. */
export const DAY = {
  /** Length of the compressed day in seconds [120]; 0 skips the figure. */
  seconds: Number(process.env.CCMS_BENCH_DAY_SECONDS ?? 120),
  /** Counters of the province [200]. */
  counters: Number(process.env.CCMS_BENCH_DAY_COUNTERS ?? 200),
  /** Tickets per counter over the day [10]; a busy real counter makes about 300. */
  ticketsPerCounter: Number(process.env.CCMS_BENCH_DAY_TICKETS ?? 10),
  /** App server instances on the one database [4]. */
  instances: Number(process.env.CCMS_BENCH_DAY_INSTANCES ?? 4),
  /** Load generator processes [2]. */
  loaders: Number(process.env.CCMS_BENCH_DAY_LOADERS ?? 2),
};
export const WINDOWS_PER_COUNTER = 8;
export const DAY_TYPES = ["policy_service", "new_business", "claim", "enquiry", "complaint"];

/** Runs `fn` over `items` with at most `limit` at once. */
async function eachLimited(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

function ok(r, what, status = [200, 201]) {
  if (!status.includes(r.status)) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** The counters, their kiosk and their tellers signed in at their windows, over the API of every instance. */
async function setUpProvince(ports, size) {
  const admin = await signIn(ports[0], "admin", ADMIN_PASSWORD);
  const manager = await signIn(ports[0], "manager", DEMO_PASSWORD);
  const demoCounter = ok(await http(ports[0], "GET", "/api/v1/auth/me", manager), "me").user.orgUnitId;
  const cityId = ok(await http(ports[0], "GET", `/api/v1/org-units/${demoCounter}`, admin), "counter").parentId;
  const counters = [];
  await eachLimited(
    Array.from({ length: size.counters }, (_, i) => i),
    4, // × 8 tellers at once
    async (i) => {
      const port = ports[i % ports.length];
      const org = ok(await http(port, "POST", "/api/v1/org-units", admin, { parentId: cityId, kind: "counter", name: `省日柜面${i}`, code: `DAY${i}` }), "create counter");
      const kiosk = ok(await http(port, "POST", "/api/v1/devices", admin, { orgUnitId: org.id, kind: "kiosk", name: `省日取号机${i}` }), "create kiosk");
      const windows = await Promise.all(
        Array.from({ length: WINDOWS_PER_COUNTER }, async (_, w) => {
          const username = `day${i}t${w}`;
          ok(await http(port, "POST", "/api/v1/users", admin, { username, password: "Bench#Teller2026x", displayName: `柜员${i}-${w}`, orgUnitId: org.id, roles: ["teller"] }), "create teller");
          const token = await signIn(port, username, "Bench#Teller2026x");
          const win = ok(await http(port, "POST", `/api/v1/counters/${org.id}/windows`, admin, { number: w + 1, businessTypes: DAY_TYPES }), "create window");
          ok(await http(port, "POST", `/api/v1/windows/${win.id}/sign-in`, token), "window sign-in");
          return { id: win.id, token };
        }),
      );
      counters[i] = { index: i, counterId: org.id, port, kiosk: kiosk.token, windows };
    },
  );
  return counters;
}

/** Starts one loader process on its share of the counters; resolves its result file. */
function runLoader(dataDir, k, counters, startAt) {
  const config = join(dataDir, `loader-${k}.json`);
  const out = join(dataDir, `loader-${k}-result.json`);
  writeFileSync(config, JSON.stringify({ counters, startAt, daySeconds: DAY.seconds, ticketsPerCounter: DAY.ticketsPerCounter, out }));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "bench", "province-day-load.mjs"), config], { cwd: root, stdio: ["ignore", "inherit", "pipe"] });
    let err = "";
    child.stderr.on("data", (b) => (err += b));
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(readFileSync(out, "utf8"))) : reject(new Error(`loader ${k} exited (${code}): ${err}`))));
  });
}

/**
 * The whole figure on the database at `url`: instances up, province set up, the day run by the
 * loaders; returns the merged measurements and what the database holds afterwards.
 */
export async function provinceDay(script, url, dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const env = {
    // setup signs in 1,600 tellers: a cheaper password hash keeps that short (the load itself never hashes)
    CCMS_ARGON2_MEMORY_KIB: "1024",
    CCMS_REPORT_ROLLUP_SECONDS: "0",
  };
  const t0 = Date.now();
  const first = await startServer(script, { dataDir: join(dataDir, "app-0"), databaseUrl: url, env });
  const servers = [first];
  try {
    // the other instances start after the first has migrated and seeded; their clocks match its clock
    servers.push(
      ...(await Promise.all(
        Array.from({ length: DAY.instances - 1 }, (_, k) =>
          startServer(script, { dataDir: join(dataDir, `app-${k + 1}`), databaseUrl: url, demo: false, env, clockStart: new Date(Date.parse(CLOCK_START) + (Date.now() - t0)).toISOString() }),
        ),
      )),
    );
    const ports = servers.map((s) => s.port);
    const setupStart = performance.now();
    const counters = await setUpProvince(ports, DAY);
    const setupSeconds = (performance.now() - setupStart) / 1000;
    const startAt = Date.now() + 2000;
    const shares = Array.from({ length: DAY.loaders }, (_, k) => counters.filter((_c, i) => i % DAY.loaders === k));
    const results = await Promise.all(shares.map((share, k) => runLoader(dataDir, k, share, startAt)));
    const merged = {
      ops: 0,
      errors: 0,
      errorSamples: [],
      scheduled: 0,
      issued: 0,
      served: 0,
      emptyCalls: 0,
      latencies: [],
      callNext: [],
      kioskLagMs: 0,
      firstAt: Infinity,
      lastAt: 0,
    };
    for (const r of results) {
      for (const key of ["ops", "errors", "scheduled", "issued", "served", "emptyCalls"]) merged[key] += r[key];
      merged.errorSamples.push(...r.errorSamples);
      for (const x of r.latencies) merged.latencies.push(x);
      for (const x of r.callNext) merged.callNext.push(x);
      merged.kioskLagMs = Math.max(merged.kioskLagMs, r.kioskLagMs);
      merged.firstAt = Math.min(merged.firstAt, r.firstAt);
      merged.lastAt = Math.max(merged.lastAt, r.lastAt);
    }
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const rows = await db.query(`select status, count(*)::int as n from queue_tickets where counter_id = any($1) group by status`, [counters.map((c) => c.counterId)]);
    await db.end();
    merged.inDatabase = Object.fromEntries(rows.rows.map((r) => [r.status, r.n]));
    merged.setupSeconds = setupSeconds;
    merged.tellers = counters.length * WINDOWS_PER_COUNTER;
    return merged;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
