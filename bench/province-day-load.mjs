#!/usr/bin/env node
/**
 * Bench load generator of `pg_province_day` (run by province-day.mjs in its own process):
 * `node bench/province-day-load.mjs <config.json>`. For each of its counters it replays one day of
 * arrivals on a compressed clock over HTTP: the kiosk issues each ticket at its arrival instant, or as
 * soon as its previous ticket is out when the server is behind; the 8 tellers call-next when a ticket
 * waits (told by this process, as the teller pad is told by the counter's event stream), start it at
 * once, serve it for the type's service time (compressed) and finish it. Writes its measurements to
 * the `out` file of the config. The counter closes a quarter of the day (at least 30 s) after the
 * day's end: tickets not issued or not served by then are counted, not waited for.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { http } from "./http-client.mjs";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { counters, startAt, daySeconds, ticketsPerCounter, out } = config;
/** Tellers stop calling after the day plus a quarter of it (at least 30 s) to serve those still waiting. */
const closeAt = startAt + daySeconds * 1000 + Math.max(30_000, daySeconds * 250);

// The counter profile of the demo history (apps/server/src/bootstrap/demo-history/served-tickets.ts):
// a 09:00–17:00 day, business types by weight, median service minutes per type.
const OPEN = 9 * 60;
const CLOSE = 17 * 60;
const TYPE_WEIGHTS = [["policy_service", 40], ["new_business", 18], ["claim", 22], ["enquiry", 16], ["complaint", 4]];
const SERVICE_MINUTES = { new_business: 13, policy_service: 8, claim: 15, enquiry: 5, complaint: 16 };
function peakFactor(minute) {
  if (minute >= 9 * 60 && minute < 11 * 60) return 1.5;
  if (minute >= 14 * 60 + 30 && minute < 16 * 60 + 30) return 1.25;
  return 0.8;
}
/** Wall milliseconds per minute of the day. */
const MS_PER_MINUTE = (daySeconds * 1000) / (CLOSE - OPEN);

/** mulberry32: the same day for the same counter in every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function weighted(rng, items) {
  let x = rng() * items.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1][0];
}
/** `n` arrivals drawn from the profile's density (rejection sampling), in order: { at (ms after start), type }. */
function arrivalsOf(rng, n) {
  const out = [];
  while (out.length < n) {
    const m = OPEN + rng() * (CLOSE - OPEN);
    if (rng() * 1.5 < peakFactor(m)) out.push({ at: (m - OPEN) * MS_PER_MINUTE, type: weighted(rng, TYPE_WEIGHTS) });
  }
  return out.sort((a, b) => a.at - b.at);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const result = { ops: 0, errors: 0, errorSamples: [], scheduled: 0, issued: 0, served: 0, emptyCalls: 0, latencies: [], callNext: [], kioskLagMs: 0, firstAt: Infinity, lastAt: 0 };

/** One timed request; counts an op or an error (any non-2xx answer or a failed connection). */
async function op(port, method, path, token, body, kind) {
  const t0 = performance.now();
  let r;
  try {
    r = await http(port, method, path, token, body);
  } catch (e) {
    r = { status: 0, body: String(e) };
  }
  const ms = performance.now() - t0;
  result.firstAt = Math.min(result.firstAt, Date.now() - ms);
  result.lastAt = Math.max(result.lastAt, Date.now());
  if (r.status >= 200 && r.status < 300) {
    result.ops++;
    result.latencies.push(ms);
    if (kind === "call-next") result.callNext.push(ms);
    return r.body;
  }
  result.errors++;
  if (result.errorSamples.length < 5) result.errorSamples.push(`${kind} ${r.status} ${typeof r.body === "object" ? JSON.stringify(r.body?.error ?? r.body) : r.body}`);
  return null;
}

async function runCounter(c) {
  const rng = seeded(0x9e3779b1 ^ (c.index + 1));
  const arrivals = arrivalsOf(rng, ticketsPerCounter);
  result.scheduled += arrivals.length;
  const state = { waiting: 0, pendingIssues: 1, idle: [] };
  const wake = () => state.idle.shift()?.();
  const wakeAll = () => {
    for (const w of state.idle.splice(0)) w();
  };
  // One kiosk per counter prints one ticket at a time: it issues at the arrival instant, or as soon as
  // the previous ticket is out when the server is behind (the lag says by how much).
  const kiosk = (async () => {
    for (const a of arrivals) {
      if (Date.now() > closeAt) break;
      const due = startAt + a.at;
      await sleep(Math.max(0, due - Date.now()));
      result.kioskLagMs = Math.max(result.kioskLagMs, Date.now() - due);
      const t = await op(c.port, "POST", `/api/v1/counters/${c.counterId}/tickets`, c.kiosk, { businessType: a.type }, "issue");
      if (t) {
        result.issued++;
        state.waiting++;
        wake();
      }
    }
    state.pendingIssues = 0;
    wakeAll();
  })();
  const tellers = c.windows.map(async (w) => {
    for (;;) {
      if (Date.now() > closeAt) return; // the counter closes: what still waits is left unserved
      if (state.waiting === 0) {
        if (state.pendingIssues === 0) return;
        await new Promise((r) => state.idle.push(r));
        continue;
      }
      state.waiting--;
      const called = await op(c.port, "POST", `/api/v1/windows/${w.id}/call-next`, w.token, undefined, "call-next");
      const ticket = called?.ticket;
      if (!ticket) {
        if (called) result.emptyCalls++;
        continue;
      }
      if (!(await op(c.port, "POST", `/api/v1/tickets/${ticket.id}/start`, w.token, undefined, "start"))) continue;
      await sleep((SERVICE_MINUTES[ticket.businessType] ?? 10) * (0.5 + rng()) * MS_PER_MINUTE);
      if (await op(c.port, "POST", `/api/v1/tickets/${ticket.id}/finish`, w.token, { outcome: "done" }, "finish")) result.served++;
    }
  });
  await Promise.all([kiosk, ...tellers]);
}

await Promise.all(counters.map(runCounter));
writeFileSync(out, JSON.stringify(result));
process.exit(0);
