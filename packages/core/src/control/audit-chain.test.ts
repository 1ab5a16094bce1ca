import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type ChainEntry, GENESIS_HASH, canonicalJson, chainInput, findBrokenLink } from "./audit-chain.js";

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
