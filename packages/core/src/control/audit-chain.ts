/**
 * Append-only audit log, hash-chained: each entry's hash covers the previous hash and the entry's
 * canonical content, so any edit or deletion breaks the chain from that point on. The hash function
 * is passed in (core has no crypto I/O).
 */
export interface AuditContent {
  seq: number;
  at: string;
  actorId: string | null;
  orgUnitId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
}

export const GENESIS_HASH = "0".repeat(64);

/** Deterministic JSON: object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

export function chainInput(prevHash: string, content: AuditContent): string {
  return `${prevHash}\n${canonicalJson(content)}`;
}

export interface ChainEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

/** First broken link, or null when the chain verifies. */
export function findBrokenLink(
  entries: Iterable<ChainEntry>,
  hash: (s: string) => string,
  startPrev = GENESIS_HASH,
): { seq: number; reason: "prev_mismatch" | "hash_mismatch" } | null {
  let prev = startPrev;
  for (const e of entries) {
    if (e.prevHash !== prev) return { seq: e.seq, reason: "prev_mismatch" };
    const { prevHash: _p, hash: h, ...content } = e;
    if (hash(chainInput(prev, content)) !== h) return { seq: e.seq, reason: "hash_mismatch" };
    prev = h;
  }
  return null;
}
