/**
 * SQLite group commit (issue 13 item 1): concurrent write transactions share one transaction and one
 * fsync; each unit of work runs in its own savepoint, so a unit that fails rolls back only itself; a
 * unit is answered only once its batch is committed. On PostgreSQL transactions stay one per call.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type Database, inTransaction, openDatabase } from "../src/index.js";

const ENGINE = (process.env.CCMS_TEST_ENGINE ?? "sqlite") as "sqlite" | "postgres";

describe.runIf(ENGINE === "sqlite")("SQLite group commit", () => {
  let database: Database | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await database?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    database = undefined;
    dir = undefined;
  });

  async function open(groupCommit = true): Promise<Database> {
    dir = mkdtempSync(join(tmpdir(), "ccms-gc-"));
    database = openDatabase({ sqliteFile: join(dir, "gc.sqlite"), groupCommit });
    await sql`create table t (id integer primary key, v text not null unique)`.execute(database.db);
    return database;
  }
  const values = async (d: Database) => (await sql<{ v: string }>`select v from t order by id`.execute(d.db)).rows.map((r) => r.v);

  it("concurrent units share one transaction; a failing unit rolls back only its own writes", async () => {
    const d = await open();
    const before = d.writeQueue!.stats();
    const results = await Promise.allSettled([
      inTransaction(d, async (tx) => {
        await sql`insert into t (v) values ('a')`.execute(tx);
        return "a";
      }),
      inTransaction(d, async (tx) => {
        await sql`insert into t (v) values ('b1')`.execute(tx);
        await sql`insert into t (v) values ('b2')`.execute(tx);
        throw new Error("b fails after two writes");
      }),
      inTransaction(d, async (tx) => {
        // a constraint violation inside the unit: only this unit is undone
        await sql`insert into t (v) values ('c')`.execute(tx);
        await sql`insert into t (v) values ('a')`.execute(tx);
      }),
      inTransaction(d, async (tx) => {
        await sql`insert into t (v) values ('d')`.execute(tx);
        // sees the units before it in the batch (the one that failed is gone)
        return (await sql<{ n: number }>`select count(*) as n from t`.execute(tx)).rows[0]!.n;
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe("b fails after two writes");
    expect((results[3] as PromiseFulfilledResult<number>).value).toBe(2);
    expect(await values(d)).toEqual(["a", "d"]);
    const after = d.writeQueue!.stats();
    expect(after.batches - before.batches).toBe(1);
    expect(after.items - before.items).toBe(4);
  });

  it("a unit is answered only after its batch is committed (durable)", async () => {
    const d = await open();
    const other = openDatabase({ sqliteFile: join(dir!, "gc.sqlite"), groupCommit: false });
    try {
      let seenByOther = -1;
      let firstSettled = false;
      const p = inTransaction(d, async (tx) => {
        await sql`insert into t (v) values ('x')`.execute(tx);
      }).then(() => {
        firstSettled = true;
      });
      const q = inTransaction(d, async () => {
        // the first unit is done but its batch is not committed: not answered, not visible elsewhere
        expect(firstSettled).toBe(false);
        expect(d.sqlite!.inTransaction).toBe(true);
        seenByOther = (other.sqlite!.prepare("select count(*) as n from t").get() as { n: number }).n;
      });
      await Promise.all([p, q]);
      expect(seenByOther).toBe(0);
      expect(d.sqlite!.inTransaction).toBe(false);
      expect(await values(other)).toEqual(["x"]);
    } finally {
      await other.close();
    }
  });

  it("many writers: batches form, every acknowledged unit is committed exactly once, numbers gap-free", async () => {
    const d = await open();
    await sql`create table seq (k text primary key, n integer not null)`.execute(d.db);
    await sql`insert into seq (k, n) values ('A', 0)`.execute(d.db);
    const taken: number[] = [];
    await Promise.all(
      Array.from({ length: 32 }, async (_, w) => {
        for (let i = 0; i < 20; i++) {
          const n = await inTransaction(d, async (tx) => {
            await sql`update seq set n = n + 1 where k = 'A'`.execute(tx);
            const row = (await sql<{ n: number }>`select n from seq where k = 'A'`.execute(tx)).rows[0]!;
            await sql`insert into t (v) values (${`A${row.n}`})`.execute(tx);
            if ((w + i) % 13 === 0) throw new Error("refused");
            return row.n;
          }).catch(() => null);
          if (n !== null) taken.push(n);
        }
      }),
    );
    const sorted = [...taken].sort((a, b) => a - b);
    expect(sorted).toEqual(Array.from({ length: sorted.length }, (_, k) => k + 1));
    expect(await values(d)).toEqual(sorted.map((n) => `A${n}`));
    const stats = d.writeQueue!.stats();
    expect(stats.largest).toBeGreaterThan(1);
    expect(stats.batches).toBeLessThan(stats.items);
  });

  it("each unit runs in its caller's async context (async-local state of its own request)", async () => {
    const d = await open();
    const als = new AsyncLocalStorage<string>();
    const seen = await Promise.all(["r1", "r2", "r3"].map((id) => als.run(id, () => inTransaction(d, async () => als.getStore()))));
    expect(seen).toEqual(["r1", "r2", "r3"]);
  });

  it("off by setting: one transaction per call", async () => {
    const d = await open(false);
    expect(d.writeQueue).toBeUndefined();
    await Promise.all([1, 2, 3].map((i) => inTransaction(d, async (tx) => sql`insert into t (v) values (${String(i)})`.execute(tx))));
    expect((await values(d)).sort()).toEqual(["1", "2", "3"]);
  });
});
