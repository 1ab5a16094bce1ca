#!/usr/bin/env node
/**
 * CCMS benchmarks (issue 13 item 4), figures that can be trusted:
 * - the server runs in its own process (bundled from the sources), the load comes from this process
 *   over real HTTP with real sessions (users signed in, kiosks as device accounts);
 * - data in a folder on the project's disk (bench/.data, never the OS temp folder, which is tmpfs on
 *   many machines and makes fsync free); its filesystem type is printed;
 * - one line per figure: `name: value unit (target …) PASS/MISS`; figures not measured yet say so
 *   and count as MISS.
 * Loopback only. Environment: CCMS_BENCH_SECONDS (load phase length, default 10).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { DEMO_PASSWORD, http, signIn } from "./http-client.mjs";
import { percentile as pct } from "./percentile.mjs";
import { PG_URL, withPgDatabase } from "./pg-database.mjs";
import { DAY, provinceDay } from "./province-day.mjs";
import { ADMIN_PASSWORD, bundleServer as bundleInto, root, rssMb, startServer } from "./server-process.mjs";
import { pagesPerTicketCycle } from "./ticket-cycle-pages.mjs";

const SECONDS = Number(process.env.CCMS_BENCH_SECONDS ?? 10);
const started = Date.now();
const DATA = join(root, "bench", ".data", `run-${process.pid}`);
/** CCMS_BENCH_ONLY: a comma list of the figure groups to run (roster, sqlite, pages, pg, day); unset → all. */
const ONLY = (process.env.CCMS_BENCH_ONLY ?? "").split(",").map((x) => x.trim()).filter(Boolean);
const wanted = (group) => ONLY.length === 0 || ONLY.includes(group);
mkdirSync(DATA, { recursive: true });

// ------------------------------------------------------------------ output
const results = [];
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
/**
 * One figure: `name: value unit (target …) PASS/MISS`. target: [">=" | "<", number] or null
 * (information); `alsoNeeded` false makes it a MISS whatever the value (a condition the note states).
 */
function figure(name, value, unit, target, note = "", alsoNeeded = true) {
  let verdict = "";
  if (target) {
    const [op, t] = target;
    const pass = alsoNeeded && Number.isFinite(value) && (op === "<" ? value < t : value >= t);
    verdict = ` (target ${op} ${t}${unit ? ` ${unit}` : ""}) ${pass ? "PASS" : "MISS"}`;
    results.push(pass);
  }
  console.log(`${name}: ${typeof value === "number" ? fmt(value, unit === "x" ? 2 : unit === "errors" ? 0 : 1) : value}${unit ? ` ${unit}` : ""}${verdict}${note ? `  — ${note}` : ""}`);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ server process (bench/server-process.mjs)
const bundleServer = (entry, name) => bundleInto(DATA, entry, name);

const TYPES = ["claim", "new_business", "enquiry"];

/** 8 tellers at 8 windows and 16 kiosks at the demo counter, over the API. */
async function prepareCounter(port) {
  const admin = await signIn(port, "admin", ADMIN_PASSWORD);
  const manager = await signIn(port, "manager", DEMO_PASSWORD);
  const me = await http(port, "GET", "/api/v1/auth/me", manager);
  const counterId = me.body.user.orgUnitId;
  const tellers = [];
  const tellerIds = [];
  const windows = [];
  for (let i = 0; i < 8; i++) {
    const username = `benchteller${i}`;
    const u = await http(port, "POST", "/api/v1/users", admin, { username, password: "Bench#Teller2026x", displayName: `柜员${i}`, orgUnitId: counterId, roles: ["teller"] });
    if (u.status !== 201) throw new Error(`create user: ${u.status} ${JSON.stringify(u.body)}`);
    const token = await signIn(port, username, "Bench#Teller2026x");
    const w = await http(port, "POST", `/api/v1/counters/${counterId}/windows`, manager, { number: 31 + i, businessTypes: TYPES });
    if (w.status !== 201) throw new Error(`create window: ${w.status} ${JSON.stringify(w.body)}`);
    const s = await http(port, "POST", `/api/v1/windows/${w.body.id}/sign-in`, token);
    if (s.status !== 200) throw new Error(`sign-in: ${s.status} ${JSON.stringify(s.body)}`);
    tellers.push(token);
    tellerIds.push(u.body.id);
    windows.push(w.body.id);
  }
  const kiosks = [];
  for (let i = 0; i < 16; i++) {
    const d = await http(port, "POST", "/api/v1/devices", admin, { orgUnitId: counterId, kind: "kiosk", name: `bench kiosk ${i}` });
    if (d.status !== 201 || !d.body.token) throw new Error(`create kiosk: ${d.status} ${JSON.stringify(d.body)}`);
    kiosks.push(d.body.token);
  }
  return { counterId, tellers, tellerIds, windows, kiosks, manager };
}

// ------------------------------------------------------------------ figures
/** Raw single-row write transactions per second: SQLite WAL + synchronous=FULL, same disk. */
function rawSqliteTx(dir, ms = 3000) {
  const db = new BetterSqlite3(join(dir, "raw.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec("create table if not exists bench_raw (id integer primary key, v text not null)");
  const ins = db.prepare("insert into bench_raw (v) values (?)");
  const tx = db.transaction((v) => ins.run(v));
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) tx(`row ${n++}`);
  const rate = n / ((performance.now() - t0) / 1000);
  db.close();
  return rate;
}

/** 16 kiosks issue and 8 tellers call/start/finish as fast as they can; durable ops per second. */
async function saturate(port, c, seconds) {
  let ops = 0;
  let errors = 0;
  let stop = false;
  const t0 = performance.now();
  const kioskLoops = c.kiosks.map(async (token, i) => {
    let k = i;
    while (!stop) {
      const r = await http(port, "POST", `/api/v1/counters/${c.counterId}/tickets`, token, { businessType: TYPES[k++ % 3] });
      if (r.status === 201) ops++;
      else errors++;
    }
  });
  const tellerLoops = c.windows.map(async (w, i) => {
    while (!stop) {
      const r = await http(port, "POST", `/api/v1/windows/${w}/call-next`, c.tellers[i]);
      if (r.status !== 200) {
        errors++;
        continue;
      }
      ops++;
      const t = r.body.ticket;
      if (!t) {
        await sleep(5);
        continue;
      }
      const s = await http(port, "POST", `/api/v1/tickets/${t.id}/start`, c.tellers[i]);
      const f = await http(port, "POST", `/api/v1/tickets/${t.id}/finish`, c.tellers[i], { outcome: "done" });
      for (const x of [s, f]) {
        if (x.status === 200) ops++;
        else errors++;
      }
    }
  });
  await sleep(seconds * 1000);
  stop = true;
  await Promise.all([...kioskLoops, ...tellerLoops]);
  return { opsPerSec: ops / ((performance.now() - t0) / 1000), errors, ops };
}

/** 8 tellers call/start/finish at a steady 50 ops/s in all (open loop); call-next latencies. */
async function steadyCallNext(port, c, seconds, opsPerSec = 50) {
  // make sure enough tickets wait
  for (let i = 0; i < 40; i++) await http(port, "POST", `/api/v1/counters/${c.counterId}/tickets`, c.kiosks[i % 16], { businessType: TYPES[i % 3] });
  const cycleMs = (8 * 3 * 1000) / opsPerSec; // each cycle is 3 operations
  const latencies = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    c.windows.map(async (w, i) => {
      let next = performance.now() + (cycleMs * i) / 8;
      while (next < end) {
        await sleep(Math.max(0, next - performance.now()));
        next += cycleMs;
        const t0 = performance.now();
        const r = await http(port, "POST", `/api/v1/windows/${w}/call-next`, c.tellers[i]);
        latencies.push(performance.now() - t0);
        if (r.status !== 200) {
          errors++;
          continue;
        }
        if (!r.body.ticket) {
          await http(port, "POST", `/api/v1/counters/${c.counterId}/tickets`, c.kiosks[i], { businessType: TYPES[i % 3] });
          continue;
        }
        await http(port, "POST", `/api/v1/tickets/${r.body.ticket.id}/start`, c.tellers[i]);
        await http(port, "POST", `/api/v1/tickets/${r.body.ticket.id}/finish`, c.tellers[i], { outcome: "done" });
      }
    }),
  );
  return { latencies, errors };
}

/** 1,000 display clients on instance A (SSE); calls on instance B; call → receipt at every display. */
async function sseCrossInstance(portA, portB, clients = 1000, calls = 10) {
  const admin = await signIn(portA, "admin", ADMIN_PASSWORD);
  const manager = await signIn(portB, "manager", DEMO_PASSWORD);
  const guide = await signIn(portB, "guide", DEMO_PASSWORD);
  const teller = await signIn(portB, "teller1", DEMO_PASSWORD);
  const counterId = (await http(portB, "GET", "/api/v1/auth/me", manager)).body.user.orgUnitId;
  const display = await http(portA, "POST", "/api/v1/devices", admin, { orgUnitId: counterId, kind: "display", name: "bench display" });
  if (display.status !== 201) throw new Error(`create display: ${display.status} ${JSON.stringify(display.body)}`);
  const w = await http(portB, "POST", `/api/v1/counters/${counterId}/windows`, manager, { number: 41, businessTypes: ["claim"] });
  await http(portB, "POST", `/api/v1/windows/${w.body.id}/sign-in`, teller);
  const receipts = new Map();
  const sockets = [];
  let connected = 0;
  try {
    await new Promise((resolve, reject) => {
      for (let i = 0; i < clients; i++) {
        const req = httpRequest(
          { host: "127.0.0.1", port: portA, path: `/api/v1/counters/${counterId}/events`, agent: false, headers: { authorization: `Bearer ${display.body.token}`, accept: "text/event-stream" } },
          (res) => {
            let buf = "";
            let counted = false;
            res.setEncoding("utf8");
            res.on("data", (chunk) => {
              const now = performance.now();
              buf += chunk;
              if (!counted && buf.includes(": connected")) {
                counted = true;
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
      setTimeout(() => reject(new Error(`only ${connected}/${clients} SSE clients connected`)), 120_000).unref();
    });
    const delays = [];
    for (let c = 0; c < calls; c++) {
      await http(portB, "POST", `/api/v1/counters/${counterId}/tickets`, guide, { businessType: "claim" });
      const t0 = performance.now();
      const r = await http(portB, "POST", `/api/v1/windows/${w.body.id}/call-next`, teller);
      const id = r.body.ticket?.id;
      if (!id) throw new Error(`call-next: ${r.status} ${JSON.stringify(r.body)}`);
      const until = performance.now() + 10_000;
      while ((receipts.get(id)?.length ?? 0) < clients && performance.now() < until) await sleep(2);
      for (const at of receipts.get(id) ?? []) delays.push(at - t0);
      await http(portB, "POST", `/api/v1/tickets/${id}/start`, teller);
      await http(portB, "POST", `/api/v1/tickets/${id}/finish`, teller, { outcome: "done" });
    }
    return { delays, expected: clients * calls };
  } finally {
    for (const s of sockets) s.destroy();
  }
}

// ------------------------------------------------------------------ report figures (I-04, daily roll-ups)
const YEAR_TICKETS = Number(process.env.CCMS_BENCH_YEAR_TICKETS ?? 100_000);
const PG_TICKETS = Number(process.env.CCMS_BENCH_PG_TICKETS ?? 10_000_000);

/** Times one GET: cold (first read, rolls the days up) then the median of 5 warm reads. */
async function timeReport(port, token, path) {
  let t0 = performance.now();
  const first = await http(port, "GET", path, token);
  const cold = performance.now() - t0;
  if (first.status !== 200) throw new Error(`report ${path}: ${first.status} ${JSON.stringify(first.body)}`);
  const warm = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    const r = await http(port, "GET", path, token);
    warm.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`report ${path}: ${r.status}`);
  }
  return { cold, warm: pct(warm, 50), issued: first.body.kpis.find((k) => k.id === "ticketsIssued")?.value };
}

/** A year (2025) of served tickets at the bench counter, written straight into its SQLite file. */
async function fillCounterYear(sqliteFile, c, n) {
  const db = new BetterSqlite3(sqliteFile);
  db.pragma("busy_timeout = 10000");
  const ins = db.prepare(`insert into queue_tickets (id, counter_id, business_date, business_type, seq, number, priority, status, issued_at, original_issued_at,
    window_id, window_number, called_at, started_at, finished_at, served_by, rating_score, rated_at, updated_at)
    values (?, ?, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const perDay = Math.ceil(n / 365);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const day = Math.floor(i / perDay);
      const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
      const seq = (i % perDay) + 1;
      const issued = Date.parse(`${date}T01:00:00Z`) + seq * 90_000; // 09:00 local, every 90 s
      const called = issued + (i % 30) * 60_000;
      const finished = called + (5 + (i % 15)) * 60_000;
      const w = i % 8;
      const iso = (t) => new Date(t).toISOString();
      ins.run(`BY${i}`, c.counterId, date, TYPES[i % 3], seq + 100_000, `Y${seq}`, i % 20 === 0 ? "noShow" : "finished", iso(issued), iso(issued), c.windows[w], 31 + w, iso(called), i % 20 === 0 ? null : iso(called), i % 20 === 0 ? null : iso(finished), c.tellerIds[w], i % 3 === 0 ? 1 + (i % 5) : null, i % 3 === 0 ? iso(finished) : null, iso(finished));
    }
  })();
  db.close();
}

/** 200 counters under the demo city and `n` tickets over six months (2025-09 … 2026-02), by SQL on PostgreSQL. */
async function fillProvince(port, url, n) {
  const admin = await signIn(port, "admin", ADMIN_PASSWORD);
  const manager = await signIn(port, "manager", DEMO_PASSWORD);
  const counter = (await http(port, "GET", "/api/v1/auth/me", manager)).body.user.orgUnitId;
  const cityId = (await http(port, "GET", `/api/v1/org-units/${counter}`, admin)).body.parentId;
  const provinceId = (await http(port, "GET", `/api/v1/org-units/${cityId}`, admin)).body.parentId;
  const counters = [];
  for (let i = 0; i < 200; i++) {
    const r = await http(port, "POST", "/api/v1/org-units", admin, { parentId: cityId, kind: "counter", name: `压测柜面${i}`, code: `BENCH${i}` });
    if (r.status !== 201) throw new Error(`create counter: ${r.status} ${JSON.stringify(r.body)}`);
    counters.push(r.body.id);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const days = 181; // 2025-09-01 … 2026-02-28
  const t0 = performance.now();
  for (let from = 0; from < n; from += 1_000_000) {
    const to = Math.min(n, from + 1_000_000) - 1;
    await client.query(
      `insert into queue_tickets (id, counter_id, business_date, business_type, seq, number, priority, status, issued_at, original_issued_at,
         window_id, window_number, called_at, started_at, finished_at, served_by, rating_score, rated_at, updated_at)
       select 'BP' || g, ($1::text[])[g % 200 + 1], to_char(d, 'YYYY-MM-DD'), 'claim', s + 100000, 'P' || s, 'normal',
              case when g % 20 = 0 then 'noShow' else 'finished' end,
              to_char(i, 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'), to_char(i, 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'),
              'W' || (g % 8), g % 8 + 1, to_char(i + (g % 30) * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'),
              case when g % 20 = 0 then null else to_char(i + (g % 30) * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"') end,
              case when g % 20 = 0 then null else to_char(i + (g % 30 + 5 + g % 15) * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"') end,
              'U' || (g % 8), case when g % 3 = 0 then 1 + g % 5 end, null, to_char(i, 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')
         from generate_series($2::bigint, $3::bigint) g,
              lateral (select date '2025-09-01' + ((g / 200) % ${days})::int as d, (g / (200 * ${days}))::int as s) x,
              lateral (select (x.d + time '01:00' + x.s * interval '90 seconds')::timestamp as i) y`,
      [counters, from, to],
    );
  }
  await client.query("analyze queue_tickets");
  await client.end();
  return { provinceId, admin, fillSeconds: (performance.now() - t0) / 1000 };
}

// ------------------------------------------------------------------ roster (issue 14 done-when)
/**
 * P-05: 30 staff × 4 weeks of a 7×24 centre (4 shifts, skills, leave) solved by HiGHS, covering what
 * POST /api/v1/rosters covers: the staff required per half hour and skill from staffing (Erlang C on a
 * call-centre forecast: 003-1 Art.60 80 % in 10 s, 300 s handling, 0.3 shrinkage); seconds and hard violations.
 */
async function rosterSolve() {
  const mod = await import(await bundleServer("apps/server/src/modules/people/roster-solver.ts", "roster-solver.mjs"));
  const core = await import(await bundleServer("packages/core/src/index.ts", "core.mjs"));
  const ALL = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const templates = [
    { code: "E", start: "07:00", end: "15:00", minStaff: 4, skill: null, days: ALL },
    { code: "P", start: "09:00", end: "17:00", minStaff: 2, skill: "policy_service", days: ALL },
    { code: "L", start: "15:00", end: "23:00", minStaff: 3, skill: null, days: ALL },
    { code: "N", start: "23:00", end: "07:00", minStaff: 2, skill: null, days: ALL },
  ];
  const dates = core.datesBetween("2026-03-02", "2026-03-29");
  const people = Array.from({ length: 30 }, (_, i) => ({ userId: `u${i}`, skills: i < 10 ? ["policy_service"] : [], unavailable: i % 6 === 0 ? dates.slice(i % 20, (i % 20) + 5) : [] }));
  // calls per half hour (night 3, morning 14, day 20 + 3 policy servicing, late afternoon 14, evening 12)
  const calls = (h) => (h < 7 ? 3 : h < 9 ? 14 : h < 15 ? 20 : h < 17 ? 14 : h < 23 ? 12 : 3);
  const intervals = [];
  for (let m = 0; m < 1440; m += 30) {
    const start = `${String(Math.floor(m / 60)).padStart(2, "0")}:${m % 60 ? "30" : "00"}`;
    intervals.push({ businessType: "call", start, arrivals: calls(m / 60) });
    if (m >= 9 * 60 && m < 17 * 60) intervals.push({ businessType: "policy_service", start, arrivals: 3 });
  }
  const settings = core.staffingSettingsOf({ shrinkage: 0.3, defaultAhtSeconds: 300, peakFactor: 1.5, callCentre: true }, { alwaysOpen: true });
  const demand = core.coverageDemand(dates.map((date) => ({ date, intervals })), settings, 300, ["policy_service"]);
  const input = { dates, templates, people, rules: { restHours: 11, maxConsecutiveDays: 6, weeklyHours: 40, lunchDuty: true }, demand };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const solved = await mod.solveRoster(input, 120);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  // the machine may be shared: CPU seconds and the load average say how much of the wall time was the solver's
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, load: loadavg()[0], hard: core.checkRoster(input, solved.assignments).length, uncovered: solved.uncovered.reduce((n, u) => n + u.missing, 0), shifts: solved.assignments.length, demandRows: demand.length };
}

// ------------------------------------------------------------------ run
const fsType = spawnSync("stat", ["-f", "-c", "%T", DATA], { encoding: "utf8" }).stdout.trim() || "unknown";
console.log(`bench: data folder ${DATA} (filesystem ${fsType}${fsType === "tmpfs" ? " — fsync is free here, durability figures mean nothing" : ""}); server in a separate process; load over HTTP; ${SECONDS} s load phases`);
const script = await bundleServer();
try {
  if (wanted("roster")) {
    const roster = await rosterSolve();
    figure("roster_30x4_solve_s", roster.seconds, "s", ["<", 10], `30 staff × 28 days × 4 shifts of a 7×24 centre with skills and leave, covering ${roster.demandRows} half-hour staffing requirements (Erlang C per skill), HiGHS: ${roster.hard} hard violations, ${roster.uncovered} staff-half-hours uncovered, ${roster.shifts} shifts; ${fmt(roster.cpuSeconds, 1)} CPU s at load average ${fmt(roster.load, 1)}`);
  }
  if (wanted("sqlite")) {
    const raw = rawSqliteTx(DATA);
    figure("raw_sqlite_full_tx_per_s", raw, "tx/s", null, "single-row write transactions, WAL + synchronous=FULL, same disk, this run");
    const sqliteDir = join(DATA, "sqlite");
    const server = await startServer(script, { dataDir: sqliteDir });
    try {
      const c = await prepareCounter(server.port);
      const sat = await saturate(server.port, c, SECONDS);
      figure("sqlite_ticket_ops_ratio", sat.opsPerSec / raw, "x", [">=", 1.0], `${fmt(sat.opsPerSec, 0)} durable ticket ops/s (8 tellers + 16 kiosks over HTTP, ${sat.errors} errors) ÷ ${fmt(raw, 0)} raw tx/s`);
      figure("sqlite_saturation_ops_per_s", sat.opsPerSec, "ops/s", null, "issue + call-next + start + finish at saturation");
      const steady = await steadyCallNext(server.port, c, SECONDS);
      figure("call_next_p99_ms", pct(steady.latencies, 99), "ms", ["<", 20], `8 tellers at a steady 50 ops/s, p50 ${fmt(pct(steady.latencies, 50), 2)} ms, ${steady.latencies.length} calls, ${steady.errors} errors`);
      figure("rss_mb", rssMb(server.child.pid), "MB", ["<", 300], "server process after the load");
      await fillCounterYear(join(sqliteDir, "ccms.sqlite"), c, YEAR_TICKETS);
      const year = await timeReport(server.port, c.manager, `/api/v1/reporting/reports?orgUnitId=${c.counterId}&period=yearly&date=2025-06-30`);
      figure("report_year_ms", year.warm, "ms", ["<", 200], `counter year report (2025) over ${year.issued} tickets on SQLite, read from the daily roll-ups (median of 5); the first read, which rolled the 365 days up, took ${fmt(year.cold, 0)} ms`);
    } finally {
      await server.stop();
    }
  }
  if (wanted("pages")) {
    const dir = join(DATA, "sqlite-pages");
    const server = await startServer(script, { dataDir: dir, env: { CCMS_REPORT_ROLLUP_SECONDS: "0" } });
    try {
      const c = await prepareCounter(server.port);
      const p = await pagesPerTicketCycle(server.port, c, join(dir, "ccms.sqlite"));
      const top = p.byObject.map(([name, n]) => `${name} ${fmt(n, 1)}`).join(", ");
      figure("sqlite_pages_per_ticket_cycle", p.pages, "pages", null, `issue → call-next → start → finish over HTTP, WAL frames of ${p.pageSize}-byte pages ÷ 10 cycles, ${fmt(p.commits, 1)} commits per cycle; by table/index: ${top}`);
    } finally {
      await server.stop();
    }
  }
  if (wanted("pg")) {
    const measured = await withPgDatabase(async (url) => {
      const a = await startServer(script, { dataDir: join(DATA, "pg-a"), databaseUrl: url });
      const b = await startServer(script, { dataDir: join(DATA, "pg-b"), databaseUrl: url, demo: false });
      try {
        const sse = await sseCrossInstance(a.port, b.port);
        figure("sse_cross_instance_p99_ms", pct(sse.delays, 99), "ms", ["<", 100], `call on instance B → ticket.called at 1,000 displays on instance A (PostgreSQL LISTEN/NOTIFY), p50 ${fmt(pct(sse.delays, 50), 1)} ms, ${sse.delays.length}/${sse.expected} receipts`);
        if (PG_TICKETS > 0) {
          const prov = await fillProvince(a.port, url, PG_TICKETS);
          const gd = await signIn(b.port, "gdadmin", DEMO_PASSWORD);
          const month = await timeReport(b.port, gd, `/api/v1/reporting/reports?orgUnitId=${prov.provinceId}&period=monthly&date=2026-02-15`);
          figure("report_province_month_ms", month.warm, "ms", ["<", 2000], `province month (2026-02, ${month.issued} tickets of ${PG_TICKETS} over 202 counters) on PostgreSQL from the daily roll-ups (median of 5); the first read, which rolled 5,656 counter-days up, took ${fmt(month.cold, 0)} ms; filling took ${fmt(prov.fillSeconds, 0)} s`);
        }
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    });
    if (!measured) figure("sse_cross_instance_p99_ms", "not measured", "ms", ["<", 100], `no PostgreSQL at ${PG_URL}`);
    if (!measured || PG_TICKETS <= 0) figure("report_province_month_ms", "not measured", "ms", ["<", 2000], "province month over 10M tickets (PostgreSQL): no PostgreSQL or CCMS_BENCH_PG_TICKETS=0");
  }
  if (wanted("day")) {
    const what = `${DAY.counters} counters × 8 windows, ${DAY.ticketsPerCounter} tickets each on the counter profile, a 09:00–17:00 day in ${DAY.seconds} s, ${DAY.instances} app instances on one PostgreSQL database, ${DAY.loaders} load processes`;
    let day;
    const measured =
      DAY.seconds > 0 &&
      (await withPgDatabase(async (url) => {
        day = await provinceDay(script, url, join(DATA, "province-day"));
      }, "day"));
    if (day) {
      const seconds = (day.lastAt - day.firstAt) / 1000;
      const db = Object.entries(day.inDatabase).map(([k, n]) => `${n} ${k}`).join(", ");
      const kept = day.issued === day.scheduled && day.served === day.issued;
      figure(
        "pg_province_day",
        day.errors,
        "errors",
        ["<", 1],
        `${what}: ${fmt(day.ops / seconds, 0)} ops/s over ${fmt(seconds, 0)} s (${day.ops} ops), p50 ${fmt(pct(day.latencies, 50), 1)} ms, p99 ${fmt(pct(day.latencies, 99), 1)} ms (call-next p99 ${fmt(pct(day.callNext, 99), 1)} ms); ${day.scheduled} arrivals, ${day.issued} issued, ${day.served} served${kept ? "" : " (the load outran the servers: MISS)"} (database: ${db}), ${day.emptyCalls} empty calls, kiosk lag ≤ ${fmt(day.kioskLagMs / 1000, 1)} s; setup of ${day.tellers} signed-in tellers took ${fmt(day.setupSeconds, 0)} s${day.errorSamples.length ? `; errors e.g. ${day.errorSamples.join(" | ")}` : ""}`,
        kept,
      );
    } else figure("pg_province_day", "not measured", "errors", ["<", 1], measured === false && DAY.seconds > 0 ? `no PostgreSQL at ${PG_URL}` : "skipped (CCMS_BENCH_DAY_SECONDS=0)");
  }
} finally {
  rmSync(DATA, { recursive: true, force: true });
}
console.log(`bench: ${results.filter(Boolean).length}/${results.length} PASS in ${fmt((Date.now() - started) / 1000, 0)} s`);
process.exit(0);
