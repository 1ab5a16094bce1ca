/**
 * Real time across instances: on PostgreSQL, events published by one server instance reach the
 * subscribers of another through LISTEN/NOTIFY (design: any instance can serve any display).
 */
import { openDatabase } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type BusEvent, createMemoryBus, createPgBus } from "../../src/realtime/bus.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const waitFor = async (pred: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error("timed out waiting for the event");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe(`event bus (${ENGINE})`, () => {
  it("in memory: subscribers of a channel get its events, others do not, unsubscribe stops delivery", async () => {
    const bus = createMemoryBus();
    const got: BusEvent[] = [];
    const other: BusEvent[] = [];
    const off = bus.subscribe("queue:A", (e) => got.push(e));
    bus.subscribe("queue:B", (e) => other.push(e));
    await bus.publish("queue:A", { type: "ticket.issued", data: { n: 1 } });
    off();
    await bus.publish("queue:A", { type: "ticket.issued", data: { n: 2 } });
    expect(got).toEqual([{ type: "ticket.issued", data: { n: 1 } }]);
    expect(other).toEqual([]);
  });
});

describe.skipIf(ENGINE !== "postgres")("events cross server instances by LISTEN/NOTIFY (postgres)", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  it("a ticket issued on instance A reaches a display subscribed on instance B", async () => {
    const url = (env.database.pgPool!.options as { connectionString: string }).connectionString;
    const dbA = openDatabase({ databaseUrl: url, poolSize: 3 });
    const dbB = openDatabase({ databaseUrl: url, poolSize: 3 });
    const busA = await createPgBus(dbA.pgPool!);
    const busB = await createPgBus(dbB.pgPool!);
    const config = loadConfig({ CCMS_ARGON2_MEMORY_KIB: "1024", CCMS_LOG_LEVEL: "silent" });
    const a = await buildApp({ config, database: dbA, bus: busA, clock: env.clock, logger: false });
    const b = await buildApp({ config, database: dbB, bus: busB, clock: env.clock, logger: false });
    try {
      const tianhe = env.demo.counterIds[0]!;
      const received: BusEvent[] = [];
      const off = b.ctx.bus.subscribe(`queue:${tianhe}`, (e) => received.push(e));
      const login = await a.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "guide", password: "Demo@2026pass" } });
      const issued = await a.app.inject({
        method: "POST",
        url: `/api/v1/counters/${tianhe}/tickets`,
        headers: { authorization: `Bearer ${login.json().token}` },
        payload: { businessType: "enquiry", priority: "normal" },
      });
      expect(issued.statusCode).toBe(201);
      await waitFor(() => received.some((e) => e.type === "ticket.issued"));
      const event = received.find((e) => e.type === "ticket.issued")!;
      expect(JSON.stringify(event.data)).toContain(issued.json().number);
      off();
    } finally {
      await a.app.close();
      await b.app.close();
      await dbA.close();
      await dbB.close();
    }
  });

  it("the listener survives pg_terminate_backend: it reconnects with back-off and events keep flowing (issue 12)", async () => {
    const url = (env.database.pgPool!.options as { connectionString: string }).connectionString;
    const dbA = openDatabase({ databaseUrl: url, poolSize: 3 });
    const dbB = openDatabase({ databaseUrl: url, poolSize: 3 });
    const states: string[] = [];
    const busA = await createPgBus(dbA.pgPool!);
    const busB = await createPgBus(dbB.pgPool!, { minBackoffMs: 50, onStateChange: (s) => states.push(s) });
    try {
      const got: BusEvent[] = [];
      busB.subscribe("queue:X", (e) => got.push(e));
      await busA.publish("queue:X", { type: "t", data: { n: 1 } });
      await waitFor(() => got.length === 1);
      // Kill every LISTEN backend of this database (both buses' listeners).
      const killed = await env.database.pgPool!.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%' and pid <> pg_backend_pid()",
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(2);
      await waitFor(() => states.includes("reconnecting"));
      await waitFor(() => busA.listening() && busB.listening(), 10_000);
      await busA.publish("queue:X", { type: "t", data: { n: 2 } });
      await waitFor(() => got.length === 2);
      expect(got.map((e) => (e.data as { n: number }).n)).toEqual([1, 2]);
      // A payload over NOTIFY's limit in bytes (Chinese text) still reaches this instance's subscribers.
      const localOnly: BusEvent[] = [];
      busA.subscribe("queue:Y", (e) => localOnly.push(e));
      await busA.publish("queue:Y", { type: "big", data: { text: "柜".repeat(3000) } });
      expect(localOnly).toHaveLength(1);
    } finally {
      await busA.close();
      await busB.close();
      await dbA.close();
      await dbB.close();
    }
  });
});
