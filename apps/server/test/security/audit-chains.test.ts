/**
 * Audit chains per counter (issue 13 item 3, migration 019): entries of a counter form their own
 * keyed chain with its own signed head and its own lock, so on PostgreSQL audited writes at different
 * counters do not wait for each other (there was one company-wide lock); every other entry continues
 * the main chain. Verification walks every chain and still finds edits, deletions and truncation.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAIN_OPENED, appendAudit } from "../../src/modules/control/audit.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`audit chains per counter (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  const verify = async (full = true) => (await env.call("auditor", { method: "GET", url: `/api/v1/audit/verify${full ? "?full=true" : ""}` })).body;
  const append = (ex: Parameters<typeof appendAudit>[0], orgUnitId: string | null, n: number) =>
    appendAudit(ex, env.database.engine, { id: null, name: "test" }, env.clock.now(), { action: "test.chain", entityType: "test", entityId: String(n), orgUnitId, details: { n } });

  it("a counter's entries form their own chain; other entries continue the main chain", async () => {
    const [a, b] = env.demo.counterIds;
    await append(env.database.db, a!, 1);
    await append(env.database.db, b!, 2);
    await append(env.database.db, env.demo.provinceId, 3);
    const rows = (await sql<{ seq: number; chain: string | null; entity_id: string }>`select seq, chain, entity_id from audit_log where action = 'test.chain' order by seq`.execute(env.database.db)).rows;
    expect(rows.map((r) => r.chain)).toEqual([a, b, null]);
    const names = (await sql<{ name: string }>`select name from audit_checkpoints order by name`.execute(env.database.db)).rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["anchor", "head", `head:${a}`, `head:${b}`]));
    const res = await verify();
    expect(res).toMatchObject({ ok: true, truncated: false });
    expect(res.checked).toBe(res.lastSeq);
  });

  it.runIf(ENGINE === "postgres")("appends at two counters do not wait for each other (no company-wide lock)", async () => {
    const [a, b] = env.demo.counterIds;
    let releaseA!: () => void;
    const holdA = new Promise<void>((r) => (releaseA = r));
    let aAppended!: () => void;
    const aDone = new Promise<void>((r) => (aAppended = r));
    // A appends at counter a and keeps its transaction open
    const txA = env.database.db.transaction().execute(async (tx) => {
      await append(tx, a!, 10);
      aAppended();
      await holdA;
    });
    await aDone;
    // B appends at counter b and commits while A still holds counter a's chain
    const started = Date.now();
    await env.database.db.transaction().execute(async (tx) => append(tx, b!, 11));
    expect(Date.now() - started).toBeLessThan(5_000);
    // the main chain and counter a's chain are still serialised: C at counter a waits for A
    let cDone = false;
    const txC = env.database.db.transaction().execute(async (tx) => append(tx, a!, 12)).then(() => (cDone = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(cDone).toBe(false);
    releaseA();
    await Promise.all([txA, txC]);
    expect(cDone).toBe(true);
    const seqs = (await sql<{ seq: number }>`select seq from audit_log order by seq`.execute(env.database.db)).rows.map((r) => Number(r.seq));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it.runIf(ENGINE === "postgres")("a transaction appends to one chain only: crossing appends never deadlock", async () => {
    const [a] = env.demo.counterIds;
    let step!: () => void;
    const bothFirst = new Promise<void>((r) => (step = r));
    let firsts = 0;
    const first = () => {
      if (++firsts === 2) step();
      return bothFirst;
    };
    // T1: counter a, then the province; T2: the province, then counter a
    const t1 = env.database.db.transaction().execute(async (tx) => {
      await append(tx, a!, 300);
      await first();
      await append(tx, env.demo.provinceId, 301);
    });
    const t2 = env.database.db.transaction().execute(async (tx) => {
      await append(tx, env.demo.provinceId, 302);
      await first();
      await append(tx, a!, 303);
    });
    await Promise.all([t1, t2]);
    const rows = (await sql<{ entity_id: string; chain: string | null }>`select entity_id, chain from audit_log where entity_id in ('300', '301', '302', '303') order by entity_id`.execute(env.database.db)).rows;
    expect(rows).toEqual([
      { entity_id: "300", chain: a },
      { entity_id: "301", chain: a },
      { entity_id: "302", chain: null },
      { entity_id: "303", chain: null },
    ]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("many concurrent appends over several counters and the main chain: every chain verifies", async () => {
    const units = [...env.demo.counterIds, env.demo.provinceId, null];
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => env.ctx.tx(async (tx) => append(tx, units[i % units.length] ?? null, 100 + i))),
    );
    const res = await verify();
    expect(res).toMatchObject({ ok: true });
    expect(res.checked).toBe(res.lastSeq);
    const inc = await verify(false);
    expect(inc).toMatchObject({ ok: true, incremental: true, checked: 0 });
  });

  it("a counter chain: an edited entry, a deleted middle entry and deleted newest entries are reported", async () => {
    const a = env.demo.counterIds[0]!;
    for (let i = 0; i < 3; i++) await append(env.database.db, a, 200 + i);
    const chainRows = (await sql<{ seq: number }>`select seq from audit_log where chain = ${a} order by seq`.execute(env.database.db)).rows.map((r) => Number(r.seq));
    const [x, y, z] = chainRows.slice(-3) as [number, number, number];
    if (ENGINE === "postgres") await sql`drop trigger audit_log_no_update on audit_log`.execute(env.database.db);
    else {
      await sql`drop trigger audit_log_no_update`.execute(env.database.db);
      await sql`drop trigger audit_log_no_delete`.execute(env.database.db);
    }
    await sql`update audit_log set details = '{"n":999}' where seq = ${x}`.execute(env.database.db);
    expect((await verify()).firstBroken).toEqual({ seq: x, reason: "hash_mismatch" });
    await sql`delete from audit_log where seq = ${x}`.execute(env.database.db);
    expect((await verify()).firstBroken).toEqual({ seq: y, reason: "prev_mismatch" });
    await sql`delete from audit_log where seq >= ${y} and chain = ${a}`.execute(env.database.db);
    const res = await verify();
    expect(res).toMatchObject({ ok: false, truncated: true });
    expect(res.firstBroken.seq).toBeLessThanOrEqual(x);
    expect(z).toBeGreaterThan(y);
  });
});

describe(`audit chain registry (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  const verify = async (full = true) => (await env.call("auditor", { method: "GET", url: `/api/v1/audit/verify${full ? "?full=true" : ""}` })).body;
  const append = (ex: Parameters<typeof appendAudit>[0], orgUnitId: string | null, n: number) =>
    appendAudit(ex, env.database.engine, { id: null, name: "test" }, env.clock.now(), { action: "test.chain", entityType: "test", entityId: String(n), orgUnitId, details: { n } });

  it("a counter's chain is registered once in the main chain, in the transaction of its first entry", async () => {
    const [a] = env.demo.counterIds;
    await env.ctx.tx(async (tx) => {
      await append(tx, a!, 500);
      await append(tx, a!, 501);
    });
    await append(env.database.db, a!, 502);
    const reg = (await sql<{ n: number }>`select count(*) as n from audit_log where action = ${CHAIN_OPENED} and entity_id = ${a}`.execute(env.database.db)).rows[0]!;
    expect(Number(reg.n)).toBe(1);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("a registration rolled back with its transaction is made again by the next append", async () => {
    const b = env.demo.counterIds[1]!;
    await expect(
      env.ctx.tx(async (tx) => {
        await append(tx, b, 600);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await append(env.database.db, b, 601);
    const rows = (await sql<{ chain: string | null }>`select chain from audit_log where action = ${CHAIN_OPENED} and entity_id = ${b}`.execute(env.database.db)).rows;
    expect(rows).toEqual([{ chain: null }]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("a counter chain deleted whole, its head checkpoint included, is reported at its registration in the main chain", async () => {
    const c = env.demo.counterIds[0]!;
    await append(env.database.db, c, 400);
    await append(env.database.db, c, 401);
    const reg = (await sql<{ seq: number; chain: string | null }>`select seq, chain from audit_log where action = ${CHAIN_OPENED} and entity_id = ${c}`.execute(env.database.db)).rows;
    expect(reg).toHaveLength(1);
    expect(reg[0]!.chain).toBeNull();
    const first = (await sql<{ seq: number }>`select min(seq) as seq from audit_log where chain = ${c}`.execute(env.database.db)).rows[0]!;
    expect(Number(reg[0]!.seq)).toBeLessThan(Number(first.seq));
    expect(await verify()).toMatchObject({ ok: true });
    if (ENGINE === "postgres") await sql`drop trigger if exists audit_log_no_update on audit_log`.execute(env.database.db);
    else {
      await sql`drop trigger if exists audit_log_no_update`.execute(env.database.db);
      await sql`drop trigger if exists audit_log_no_delete`.execute(env.database.db);
    }
    await sql`delete from audit_log where chain = ${c}`.execute(env.database.db);
    await sql`delete from audit_checkpoints where name in (${`head:${c}`}, ${`verified:${c}`})`.execute(env.database.db);
    const res = await verify();
    expect(res).toMatchObject({ ok: false, truncated: true, firstBroken: { seq: Number(reg[0]!.seq), reason: "truncated" } });
    // removing the registration as well breaks the main chain
    await sql`delete from audit_log where seq = ${Number(reg[0]!.seq)}`.execute(env.database.db);
    expect((await verify()).ok).toBe(false);
  });

});
