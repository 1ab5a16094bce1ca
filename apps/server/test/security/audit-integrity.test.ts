/**
 * K-09 audit integrity (issue 9 item 6): the chain covers every column (actor_name, ip …), is keyed
 * (HMAC with a key outside the database, so whoever can write the database file cannot recompute it),
 * the head is checkpointed outside the audit table (signed), so deleting the newest entries is
 * reported as truncation; /audit/verify continues from the last signed checkpoint; rows from before
 * the keyed chain are anchored and still verified with the old rule.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GENESIS_HASH, chainInput, rowChainInput } from "@ccms/core";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { loadAuditKey } from "../../src/modules/control/audit.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

async function dropGuards(env: TestEnv): Promise<void> {
  if (ENGINE === "postgres") await sql`drop trigger audit_log_no_update on audit_log`.execute(env.database.db);
  else {
    await sql`drop trigger audit_log_no_update`.execute(env.database.db);
    await sql`drop trigger audit_log_no_delete`.execute(env.database.db);
  }
}

async function hasIpColumn(env: TestEnv): Promise<boolean> {
  try {
    await sql`select ip from audit_log limit 1`.execute(env.database.db);
    return true;
  } catch {
    return false;
  }
}

describe(`K-09 audit integrity (${ENGINE})`, () => {
  let env: TestEnv | undefined;
  afterEach(async () => {
    await env?.close();
    env = undefined;
  });
  const verify = (e: TestEnv, full = true) => e.call("auditor", { method: "GET", url: `/api/v1/audit/verify${full ? "?full=true" : ""}` });
  const lastSeq = async (e: TestEnv) => Number((await sql<{ m: number }>`select max(seq) as m from audit_log`.execute(e.database.db)).rows[0]!.m);

  it("K-09 the chain covers actor_name (and the ip column when present): editing either is reported", async () => {
    env = await createTestEnv();
    expect((await verify(env)).body).toMatchObject({ ok: true, truncated: false });
    await dropGuards(env);
    await sql`update audit_log set actor_name = 'someone-else' where seq = 3`.execute(env.database.db);
    expect((await verify(env)).body).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: "hash_mismatch" } });
    await sql`update audit_log set actor_name = (select actor_name from audit_log where seq = 2) where seq = 3`.execute(env.database.db);
    if (await hasIpColumn(env)) {
      await sql`update audit_log set ip = '203.0.113.9' where seq = 5`.execute(env.database.db);
      expect((await verify(env)).body.firstBroken).toMatchObject({ seq: 5, reason: "hash_mismatch" });
    }
  });

  it("K-09 the chain is keyed: rows rewritten and re-hashed without the key (plain SHA-256) do not verify", async () => {
    env = await createTestEnv();
    await env.token("auditor"); // signing in is audited: do it before counting
    await dropGuards(env);
    const headHash = (await sql<{ hash: string }>`select hash from audit_checkpoints where name = 'head'`.execute(env.database.db)).rows[0]!.hash;
    // rewrite entry 4 and recompute every hash from there on as an attacker without the key would
    const rows = (await sql<Record<string, unknown> & { seq: number; prev_hash: string; hash: string }>`select * from audit_log where seq >= 4 order by seq`.execute(env.database.db)).rows;
    let prev = (await sql<{ hash: string }>`select hash from audit_log where seq = 3`.execute(env.database.db)).rows[0]!.hash;
    for (const r of rows) {
      const row = { ...r, seq: Number(r.seq), prev_hash: prev, ...(r.seq === 4 ? { details: '{"rewritten":true}' } : {}) };
      const hash = sha256(rowChainInput(row));
      await sql`update audit_log set details = ${row.details as string}, prev_hash = ${prev}, hash = ${hash} where seq = ${row.seq}`.execute(env.database.db);
      prev = hash;
    }
    // …and moves the head checkpoint to the new last hash, without the key to sign it
    await sql`update audit_checkpoints set hash = ${prev} where name = 'head'`.execute(env.database.db);
    const res = (await verify(env)).body;
    expect(res.ok).toBe(false);
    expect(["checkpoint_forged", "hash_mismatch"]).toContain(res.firstBroken.reason);
    await sql`update audit_checkpoints set hash = ${headHash} where name = 'head'`.execute(env.database.db);
    // even with the head left alone, the rewritten entry is found
    expect((await verify(env)).body.firstBroken).toMatchObject({ seq: 4, reason: "hash_mismatch" });
  });

  it("K-09 deleting the newest entries is reported as truncation (the signed head is outside the audit table)", async () => {
    env = await createTestEnv();
    await env.token("auditor"); // signing in is audited: do it before counting
    const n = await lastSeq(env);
    expect((await verify(env)).body).toMatchObject({ ok: true, checkpointSeq: n });
    await dropGuards(env);
    await sql`delete from audit_log where seq > ${n - 3}`.execute(env.database.db);
    const res = (await verify(env)).body;
    expect(res).toMatchObject({ ok: false, truncated: true, checkpointSeq: n, lastSeq: n - 3, firstBroken: { seq: n - 2, reason: "truncated" } });
    expect((await verify(env, false)).body).toMatchObject({ ok: false, truncated: true });
    // moving the checkpoint back without the key is a forgery
    await sql`update audit_checkpoints set seq = ${n - 3}, hash = (select hash from audit_log where seq = ${n - 3}) where name = 'head'`.execute(env.database.db);
    expect((await verify(env)).body).toMatchObject({ ok: false, firstBroken: { reason: "checkpoint_forged" } });
    // deleting the checkpoints altogether is reported too
    await sql`delete from audit_checkpoints`.execute(env.database.db);
    expect((await verify(env)).body).toMatchObject({ ok: false });
  });

  it("K-09 /audit/verify continues from the last signed checkpoint; full=true walks the whole chain", async () => {
    env = await createTestEnv();
    const full = (await verify(env)).body;
    expect(full).toMatchObject({ ok: true, incremental: false, fromSeq: 0 });
    expect(full.checked).toBe(full.lastSeq);
    // a few more entries (each login is audited)
    await env.token("teller1");
    await env.token("teller2");
    const inc = (await verify(env, false)).body;
    expect(inc.ok).toBe(true);
    expect(inc.incremental).toBe(true);
    expect(inc.fromSeq).toBeGreaterThanOrEqual(full.lastSeq);
    expect(inc.checked).toBe(inc.lastSeq - inc.fromSeq);
    expect(inc.checked).toBeLessThan(10);
    // a forged 'verified' checkpoint is ignored: verification starts over from the beginning
    await sql`update audit_checkpoints set seq = 1 where name = 'verified'`.execute(env.database.db);
    expect((await verify(env, false)).body).toMatchObject({ ok: true, incremental: false, fromSeq: 0 });
  });

  it("K-09 rows written before the keyed chain are anchored and still verified with the old rule", async () => {
    env = await createTestEnv({ demo: false });
    await dropGuards(env);
    await sql`delete from audit_log`.execute(env.database.db);
    await sql`delete from audit_checkpoints`.execute(env.database.db);
    // a pre-upgrade log: plain SHA-256 over the old content, no checkpoints
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++) {
      const content = { seq, at: `2026-03-0${seq}T01:00:00.000Z`, actorId: null, orgUnitId: null, action: "org.created", entityType: "org_unit", entityId: `u${seq}`, details: { n: seq } };
      const hash = sha256(chainInput(prev, content));
      await sql`insert into audit_log (seq, at, actor_id, actor_name, org_unit_id, action, entity_type, entity_id, details, prev_hash, hash)
        values (${seq}, ${content.at}, null, null, null, ${content.action}, ${content.entityType}, ${content.entityId}, ${JSON.stringify(content.details)}, ${prev}, ${hash})`.execute(env.database.db);
      prev = hash;
    }
    // the first append after the upgrade anchors the legacy segment, then the keyed chain follows
    await env.token("admin");
    const cps = (await sql<{ name: string; seq: number }>`select name, seq from audit_checkpoints order by name`.execute(env.database.db)).rows;
    expect(cps.find((c) => c.name === "anchor")).toMatchObject({ seq: 3 });
    const ok = (await env.call("admin", { method: "GET", url: "/api/v1/audit/verify?full=true" })).body;
    expect(ok).toMatchObject({ ok: true });
    expect(ok.checked).toBe(ok.lastSeq);
    await sql`update audit_log set details = '{"n":99}' where seq = 2`.execute(env.database.db);
    expect((await env.call("admin", { method: "GET", url: "/api/v1/audit/verify?full=true" })).body).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: "hash_mismatch" } });
  });

  it("K-09 the key is never in the database: CCMS_AUDIT_KEY or a 0600 file in the data folder, created once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccms-key-"));
    try {
      const k1 = loadAuditKey({ dataDir: dir });
      const k2 = loadAuditKey({ dataDir: dir });
      expect(k1.equals(k2)).toBe(true);
      expect(k1.length).toBeGreaterThanOrEqual(32);
      expect(statSync(join(dir, "audit.key")).mode & 0o777).toBe(0o600);
      expect(loadAuditKey({ key: "x".repeat(40), dataDir: dir }).toString()).toBe("x".repeat(40));
      env = await createTestEnv({ demo: false });
      const key = readFileSync(join(env.ctx.config.dataDir, "audit.key"), "utf8").trim();
      const dump = JSON.stringify([
        (await sql`select * from audit_checkpoints`.execute(env.database.db)).rows,
        (await sql`select * from audit_log`.execute(env.database.db)).rows,
      ]);
      expect(dump).not.toContain(key);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
