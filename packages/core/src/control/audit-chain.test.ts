import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type ChainEntry, GENESIS_HASH, canonicalJson, chainInput, findBrokenKeyedLink, findBrokenLink, rowChainInput } from "./audit-chain.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

function chain(n: number): ChainEntry[] {
  const out: ChainEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content = { seq: i, at: `2026-03-10T02:00:0${i}Z`, actorId: "u1", orgUnitId: "o1", action: "x", entityType: "t", entityId: String(i), details: { n: i } };
    const hash = sha(chainInput(prev, content));
    out.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe("audit hash chain", () => {
  it("verifies an untouched chain", () => {
    expect(findBrokenLink(chain(5), sha)).toBeNull();
  });
  it("reports the first edited entry", () => {
    const c = chain(5);
    c[2] = { ...c[2]!, details: { n: 99 } };
    expect(findBrokenLink(c, sha)).toEqual({ seq: 3, reason: "hash_mismatch" });
  });
  it("reports a deleted entry as a broken link", () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(findBrokenLink(c, sha)).toEqual({ seq: 3, reason: "prev_mismatch" });
  });
  it("canonical JSON sorts keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  });
});

describe("K-09 keyed audit chain (v2) covers every column", () => {
  const mac = (s: string) => createHash("sha256").update(`k:${s}`).digest("hex");
  function keyed(n: number) {
    const rows: Array<Record<string, unknown> & { seq: number; prev_hash: string; hash: string }> = [];
    let prev = GENESIS_HASH;
    for (let i = 1; i <= n; i++) {
      const row = { seq: i, at: `2026-03-10T02:00:0${i}Z`, actor_id: "u1", actor_name: "王芳", org_unit_id: null, action: "x", entity_type: "t", entity_id: String(i), details: "{}", prev_hash: prev, hash: "" };
      row.hash = mac(rowChainInput(row));
      rows.push(row);
      prev = row.hash;
    }
    return rows;
  }
  it("verifies an untouched keyed chain", () => {
    expect(findBrokenKeyedLink(keyed(4), mac, GENESIS_HASH, 0)).toBeNull();
  });
  it("detects an edited actor name (a column the first chain did not cover)", () => {
    const rows = keyed(4);
    rows[1] = { ...rows[1]!, actor_name: "李四" };
    expect(findBrokenKeyedLink(rows, mac, GENESIS_HASH, 0)).toEqual({ seq: 2, reason: "hash_mismatch" });
  });
  it("detects a value set to null and an extra non-null column, ignores a later null column", () => {
    const a = keyed(3);
    a[0] = { ...a[0]!, actor_name: null };
    expect(findBrokenKeyedLink(a, mac, GENESIS_HASH, 0)?.seq).toBe(1);
    const b = keyed(3);
    b[2] = { ...b[2]!, ip: "10.0.0.1" };
    expect(findBrokenKeyedLink(b, mac, GENESIS_HASH, 0)?.seq).toBe(3);
    const c = keyed(3).map((r) => ({ ...r, ip: null }));
    expect(findBrokenKeyedLink(c, mac, GENESIS_HASH, 0)).toBeNull();
  });
  it("a chain recomputed with another key does not verify", () => {
    const other = (s: string) => createHash("sha256").update(`other:${s}`).digest("hex");
    expect(findBrokenKeyedLink(keyed(2), other, GENESIS_HASH, 0)).toEqual({ seq: 1, reason: "hash_mismatch" });
  });
  it("reports a gap in sequence numbers", () => {
    const rows = keyed(4);
    rows.splice(1, 1);
    expect(findBrokenKeyedLink(rows, mac, GENESIS_HASH, 0)).toEqual({ seq: 2, reason: "missing_entry" });
  });
});
