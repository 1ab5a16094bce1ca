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

// ---------------------------------------------------------------- keyed chain (v2)
/**
 * K-09 (issue 9 item 6) keyed chain: each entry's MAC covers every stored column except `hash`
 * itself — `prev_hash`, `actor_name`, an `ip` column and any column added later included. Null
 * columns are left out, so a column added by a later migration (null on older rows) does not break
 * the chain, while setting a value to or from null still does. The MAC function (HMAC-SHA256 with a
 * secret outside the database) is passed in.
 */
export const AUDIT_V2_PREFIX = "ccms-audit-v2\n";

export function rowChainInput(row: Readonly<Record<string, unknown>>): string {
  const content: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k !== "hash" && v !== null && v !== undefined) content[k] = v;
  return `${AUDIT_V2_PREFIX}${canonicalJson(content)}`;
}

export interface StoredAuditRow {
  seq: number;
  prev_hash: string;
  hash: string;
  [column: string]: unknown;
}

/** First broken link of a keyed segment (rows in seq order, starting after `startSeq` / `startPrev`). */
export function findBrokenKeyedLink(
  rows: Iterable<StoredAuditRow>,
  mac: (s: string) => string,
  startPrev: string,
  startSeq: number,
): { seq: number; reason: "missing_entry" | "prev_mismatch" | "hash_mismatch" } | null {
  let prev = startPrev;
  let expected = startSeq + 1;
  for (const r of rows) {
    if (r.seq !== expected) return { seq: expected, reason: "missing_entry" };
    if (r.prev_hash !== prev) return { seq: r.seq, reason: "prev_mismatch" };
    if (mac(rowChainInput(r)) !== r.hash) return { seq: r.seq, reason: "hash_mismatch" };
    prev = r.hash;
    expected++;
  }
  return null;
}

/** What a checkpoint's MAC covers: its name, the last sequence and hash it vouches for, and when. */
export function checkpointInput(c: { name: string; seq: number; hash: string; at: string }): string {
  return `ccms-audit-checkpoint\n${c.name}\n${c.seq}\n${c.hash}\n${c.at}`;
}
