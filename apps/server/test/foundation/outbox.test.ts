/**
 * Transactional outbox (issue 12 item 5): events published inside a use case's transaction are written
 * to the outbox with the change and published by the relay only after commit; a rolled-back change
 * publishes nothing; rows left unpublished (a crash) are published when a relay starts or their lease
 * runs out; on PostgreSQL two instances never run the same interval job at once.
 */
import { openDatabase, outboxRepository } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { installIntervalJob, runIntervalJobNow } from "../../src/jobs/interval-job.js";
import { raiseFinding } from "../../src/modules/control/registers/findings/raise-finding.js";
import type { BusEvent } from "../../src/realtime/bus.js";
import { createPgBus } from "../../src/realtime/bus.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env?.close());

const listen = (channel: string) => {
  const got: BusEvent[] = [];
  const off = env.ctx.bus.subscribe(channel, (e) => got.push(e));
  return { got, off };
};
const config = () => loadConfig({ CCMS_ARGON2_MEMORY_KIB: "1024", CCMS_LOG_LEVEL: "silent" });

describe(`outbox (${ENGINE})`, () => {
  it("a rolled-back change publishes nothing and leaves no outbox row", async () => {
    const l = listen("test:rollback");
    await expect(
      env.ctx.tx(async () => {
        await env.ctx.bus.publish("test:rollback", { type: "test.rolled_back", data: { n: 1 } });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await env.ctx.tx(async () => undefined); // a later commit drains the relay: still nothing
    expect(l.got).toEqual([]);
    expect(await outboxRepository.listByType(env.database.db, "test.rolled_back")).toEqual([]);
    l.off();
  });

  it("a finding raised in a transaction that rolls back is never announced (finding.raised used to leave from inside the transaction)", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const unit = (await env.database.db.selectFrom("org_units").select(["id", "path"]).where("id", "=", tianhe).executeTakeFirstOrThrow());
    const l = listen(`unit:${env.demo.provinceId}`);
    await expect(
      env.ctx.tx(async (tx) => {
        await raiseFinding(env.ctx, tx, { id: null, name: "test" }, env.clock.now(), { kind: "lunch_duty_uncovered", orgUnitId: unit.id, orgUnitPath: unit.path, subjectUserIds: [], title: "午间无人值班（回滚）", details: {} });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(l.got.filter((e) => e.type === "finding.raised")).toEqual([]);
    const stored = await env.database.db.selectFrom("control_findings").select("id").where("title", "=", "午间无人值班（回滚）").execute();
    expect(stored).toEqual([]);
    l.off();
  });

  it("a committed change publishes its event exactly once, after commit, and the row is marked published", async () => {
    const l = listen("test:commit");
    let seenInside = -1;
    await env.ctx.tx(async () => {
      await env.ctx.bus.publish("test:commit", { type: "test.committed", data: { n: 2 } });
      seenInside = l.got.length;
    });
    expect(seenInside).toBe(0);
    expect(l.got).toEqual([{ type: "test.committed", data: { n: 2 } }]);
    await env.ctx.tx(async () => undefined);
    await (env.app as unknown as { ready(): Promise<void> }).ready();
    expect(l.got).toHaveLength(1);
    const rows = await outboxRepository.listByType(env.database.db, "test.committed");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.published_at).not.toBeNull();
    l.off();
  });

  it("a level-I incident reaches HQ, province and the city only after its transaction committed", async () => {
    const tianhe = env.demo.counterIds[0]!;
    const l = listen(`unit:${env.demo.provinceId}`);
    const r = await env.call("duty", { method: "POST", url: "/api/v1/daily-ops/incidents", payload: { counterId: tianhe, title: "集中退保", description: "120人集中退保", facts: { surrenderCount: 120 } } });
    expect(r.status).toBe(201);
    expect(l.got.filter((e) => e.type === "incident.level_i")).toHaveLength(1);
    const rows = await outboxRepository.listByType(env.database.db, "incident.level_i");
    expect(rows.filter((x) => (JSON.parse(x.data) as { incidentId: string }).incidentId === r.body.id)).toHaveLength(3);
    expect(rows.every((x) => x.published_at !== null)).toBe(true);
    l.off();
  });

  it("a relay that starts publishes rows a crashed instance left unpublished; a claimed row is taken again once its lease ran out", async () => {
    // The instance that starts (its relay's first pass runs when it is ready):
    const second = await buildApp({ config: config(), database: env.database, clock: env.clock, logger: false });
    const got: BusEvent[] = [];
    second.ctx.bus.subscribe("test:crash", (e) => got.push(e));
    // Let this file's own instance finish what it is relaying (events published without await).
    await env.ctx.tx(async () => {
      await env.ctx.bus.publish("test:idle", { type: "test.idle", data: null });
    });
    const at = env.clock.now().toISOString();
    // Committed by an instance that died before its relay ran:
    await outboxRepository.insertMany(env.database.db, [{ event_id: "01CRASHEDBEFOREPUBLISH0001", channel: "test:crash", type: "test.crashed", data: JSON.stringify({ n: 3 }), source_id: null, created_at: at }]);
    // … and one it had claimed (published or not) when it died:
    await outboxRepository.insertMany(env.database.db, [{ event_id: "01CRASHEDWHILECLAIMED00001", channel: "test:crash", type: "test.crashed", data: JSON.stringify({ n: 4 }), source_id: null, created_at: at }]);
    const claimed = await outboxRepository.claim(env.database.db, at, new Date(env.clock.now().getTime() + 30_000).toISOString(), 10, ["01CRASHEDWHILECLAIMED00001"]);
    expect(claimed).toHaveLength(1);
    try {
      await second.app.ready(); // the relay's first pass
      expect(got.map((e) => e.data)).toEqual([{ n: 3 }]);
      env.clock.advance(31_000);
      // The lease ran out: the next pass (here: the next committed event) takes the row.
      await second.ctx.tx(async () => {
        await second.ctx.bus.publish("test:crash", { type: "test.crashed", data: { n: 5 } });
      });
      expect(got.map((e) => e.data)).toEqual([{ n: 3 }, { n: 4 }, { n: 5 }]);
      expect(await outboxRepository.countUnpublished(env.database.db)).toBe(0);
    } finally {
      await second.app.close();
    }
  });
});

describe.skipIf(ENGINE !== "postgres")("two relays on one database publish each row once (postgres)", () => {
  it("rows left unpublished are shared out by the leases: every event reaches the other instance exactly once", async () => {
    const url = (env.database.pgPool!.options as { connectionString: string }).connectionString;
    const dbA = openDatabase({ databaseUrl: url, poolSize: 3 });
    const dbB = openDatabase({ databaseUrl: url, poolSize: 3 });
    const a = await buildApp({ config: config(), database: dbA, bus: await createPgBus(dbA.pgPool!), clock: env.clock, logger: false });
    const b = await buildApp({ config: config(), database: dbB, bus: await createPgBus(dbB.pgPool!), clock: env.clock, logger: false });
    const got: BusEvent[] = [];
    b.ctx.bus.subscribe("test:shared", (e) => got.push(e));
    try {
      await env.ctx.tx(async () => {
        await env.ctx.bus.publish("test:idle", { type: "test.idle", data: null });
      }); // this file's own instance is done relaying
      const at = env.clock.now().toISOString();
      await outboxRepository.insertMany(
        env.database.db,
        Array.from({ length: 20 }, (_, i) => ({ event_id: `01SHARED${String(i).padStart(18, "0")}`, channel: "test:shared", type: "test.shared", data: JSON.stringify({ n: i }), source_id: null, created_at: at })),
      );
      await Promise.all([a.app.ready(), b.app.ready()]); // both relays start at once
      const end = Date.now() + 5000;
      while (got.length < 20 && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      await new Promise((r) => setTimeout(r, 200)); // a duplicate would arrive by now
      expect(got.map((e) => (e.data as { n: number }).n).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      const rows = await outboxRepository.listByType(env.database.db, "test.shared");
      expect(rows.every((r) => r.published_at !== null && r.attempts === 1)).toBe(true);
    } finally {
      await a.app.close();
      await b.app.close();
      await dbA.close();
      await dbB.close();
    }
  });
});

describe.skipIf(ENGINE !== "postgres")("interval jobs take an advisory lock: one instance runs each sweep (postgres)", () => {
  it("two instances on one database: one runs the sweep, the other skips, until the first stops", async () => {
    const url = (env.database.pgPool!.options as { connectionString: string }).connectionString;
    const dbA = openDatabase({ databaseUrl: url, poolSize: 3 });
    const dbB = openDatabase({ databaseUrl: url, poolSize: 3 });
    const busA = await createPgBus(dbA.pgPool!);
    const busB = await createPgBus(dbB.pgPool!);
    const a = await buildApp({ config: config(), database: dbA, bus: busA, clock: env.clock, logger: false });
    const b = await buildApp({ config: config(), database: dbB, bus: busB, clock: env.clock, logger: false });
    const runs: string[] = [];
    const sweep = (who: string) => async () => {
      runs.push(who);
      await new Promise((r) => setTimeout(r, 50));
    };
    installIntervalJob(a.app, "test sweep", 0, sweep("A"));
    installIntervalJob(b.app, "test sweep", 0, sweep("B"));
    let bClosed = false;
    try {
      await a.app.ready();
      await b.app.ready();
      const both = await Promise.all([runIntervalJobNow(a.app, "test sweep"), runIntervalJobNow(b.app, "test sweep")]);
      expect(both.filter((x) => x === "ran")).toHaveLength(1);
      expect(both.filter((x) => x === "skipped")).toHaveLength(1);
      expect(runs).toHaveLength(1);
      const leader = runs[0]!;
      // The holder keeps the lock between sweeps; the other instance keeps skipping.
      const again = await Promise.all([runIntervalJobNow(a.app, "test sweep"), runIntervalJobNow(b.app, "test sweep")]);
      expect(again.filter((x) => x === "ran")).toHaveLength(1);
      expect(runs).toEqual([leader, leader]);
      // The holder stops: the other instance takes over.
      const [holder, other] = leader === "A" ? [a, b] : [b, a];
      await holder.app.close();
      if (holder === b) bClosed = true;
      expect(await runIntervalJobNow(other.app, "test sweep")).toBe("ran");
      expect(runs).toEqual([leader, leader, leader === "A" ? "B" : "A"]);
    } finally {
      await a.app.close();
      if (!bClosed) await b.app.close();
      await dbA.close();
      await dbB.close();
    }
  });
});
