/**
 * Append-only, hash-chained audit log. Every state change that matters is appended in the same
 * transaction as the change itself, so a rolled-back change leaves no entry and vice versa.
 *
 * K-09 (issue 9 item 6) integrity:
 * - keyed chain: hash = HMAC-SHA256(key, every stored column except `hash`), so `actor_name`, an `ip`
 *   column and any later column are covered, and nobody who can only write the database file can
 *   recompute the chain. The key comes from CCMS_AUDIT_KEY or `audit.key` in the data folder (created
 *   on first boot, mode 0600) — never from the database;
 * - checkpoints outside the audit table (`audit_checkpoints`, each signed with the key): 'head' is
 *   moved in the transaction of every append, so deleting the newest entries is reported as
 *   truncation; 'verified' lets `/audit/verify` continue from where it last ended;
 * - rows written before the keyed chain (plain SHA-256 over the old content) stay as they are (the
 *   table is append-only): an 'anchor' checkpoint signs their last hash when the keyed chain starts,
 *   and they are verified with the old rule up to it.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  type AuditContent,
  GENESIS_HASH,
  type StoredAuditRow,
  checkpointInput,
  findBrokenKeyedLink,
  findBrokenLink,
  rowChainInput,
} from "@ccms/core";
import { type AuditCheckpointName, type AuditCheckpointRow, type AuditRow, type Database, type Executor, auditRepository } from "@ccms/db";

export const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

// ---------------------------------------------------------------- key
let auditKey: Buffer | null = null;

/** Load (or create on first boot) the audit key. CCMS_AUDIT_KEY wins; else `<dataDir>/audit.key` (0600). */
export function loadAuditKey(opts: { key?: string | undefined; dataDir: string }): Buffer {
  if (opts.key) return Buffer.from(opts.key, "utf8");
  const file = join(opts.dataDir, "audit.key");
  mkdirSync(opts.dataDir, { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { flag: "wx", mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const text = readFileSync(file, "utf8").trim();
  if (text.length < 32) throw new Error(`${file} holds no usable audit key (at least 32 characters expected)`);
  return Buffer.from(text, "utf8");
}

/** Set the process's audit key (boot, CLI, tests). */
export function initAuditKey(opts: { key?: string | undefined; dataDir: string }): void {
  auditKey = loadAuditKey(opts);
}

function key(): Buffer {
  auditKey ??= loadAuditKey({ key: process.env.CCMS_AUDIT_KEY || undefined, dataDir: resolve(process.env.CCMS_DATA_DIR ?? "./data") });
  return auditKey;
}

export const auditMac = (s: string): string => createHmac("sha256", key()).update(s).digest("hex");

function signCheckpoint(name: AuditCheckpointName, seq: number, hash: string, at: string): AuditCheckpointRow {
  return { name, seq, hash, at, mac: auditMac(checkpointInput({ name, seq, hash, at })) };
}

async function readCheckpoint(ex: Executor, name: AuditCheckpointName): Promise<{ row: AuditCheckpointRow | undefined; valid: boolean }> {
  const row = await auditRepository.checkpoint(ex, name);
  if (!row) return { row, valid: true };
  const seq = Number(row.seq);
  return { row: { ...row, seq }, valid: auditMac(checkpointInput({ name, seq, hash: row.hash, at: row.at })) === row.mac };
}

/**
 * The keyed chain starts after the anchor. Rows already present when it is first written keep the
 * legacy chain; the anchor signs their last sequence and hash (0 / genesis on a fresh database).
 * Called with the head lock held (append) or from verification.
 */
async function ensureAnchor(ex: Executor, at: Date): Promise<AuditCheckpointRow> {
  const existing = await auditRepository.checkpoint(ex, "anchor");
  if (existing) return { ...existing, seq: Number(existing.seq) };
  const head = await auditRepository.head(ex);
  // written once: a concurrent writer's anchor wins, and is read back
  await auditRepository.insertCheckpointIfAbsent(ex, signCheckpoint("anchor", head?.seq ?? 0, head?.hash ?? GENESIS_HASH, at.toISOString()));
  const row = (await auditRepository.checkpoint(ex, "anchor"))!;
  return { ...row, seq: Number(row.seq) };
}

// ---------------------------------------------------------------- append
export interface AuditActor {
  id: string | null;
  name: string | null;
  /** Source address of the request, when the caller records it (stored only where the column exists). */
  ip?: string | null;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  orgUnitId?: string | null;
  details?: unknown;
}

export async function appendAudit(
  ex: Executor,
  engine: Database["engine"],
  actor: AuditActor,
  at: Date,
  input: AuditInput,
): Promise<void> {
  await auditRepository.lockHead(ex, engine);
  const head = await auditRepository.head(ex);
  const anchored = await auditRepository.checkpoint(ex, "anchor");
  if (!anchored) await ensureAnchor(ex, at);
  const prevHash = head?.hash ?? GENESIS_HASH;
  const row: Omit<AuditRow, "hash"> & { ip?: string | null } = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor_id: actor.id,
    actor_name: actor.name,
    org_unit_id: input.orgUnitId ?? null,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId ?? null,
    details: JSON.stringify(input.details ?? null),
    prev_hash: prevHash,
    // the ip column exists only once its migration ran: written (and hashed) only when given
    ...(actor.ip ? { ip: actor.ip } : {}),
  };
  // every column of the stored row but `hash` is under the MAC (rowChainInput)
  const hash = auditMac(rowChainInput(row));
  await auditRepository.insert(ex, { ...row, hash } as AuditRow);
  await auditRepository.saveCheckpoint(ex, signCheckpoint("head", row.seq, hash, row.at));
}

// ---------------------------------------------------------------- verify
export type AuditBreakReason =
  | "missing_entry"
  | "prev_mismatch"
  | "hash_mismatch"
  | "truncated"
  | "checkpoint_forged"
  | "checkpoint_missing"
  | "head_mismatch";

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: AuditBreakReason } | null;
  /** Entries after this sequence were checked; 0 = from the start. */
  fromSeq: number;
  lastSeq: number;
  /** Last sequence the signed head checkpoint vouches for. */
  checkpointSeq: number | null;
  /** Entries missing at the end of the chain (head checkpoint ahead of the table). */
  truncated: boolean;
  incremental: boolean;
}

const PAGE = 1000;

/** Legacy segment (plain SHA-256 over the old content, before the keyed chain) from `after` up to `upto`. */
async function verifyLegacy(ex: Executor, afterSeq: number, prevHash: string, uptoSeq: number): Promise<{ broken: { seq: number; reason: AuditBreakReason } | null; checked: number; prev: string }> {
  let prev = prevHash;
  let after = afterSeq;
  let checked = 0;
  for (;;) {
    const rows = await auditRepository.page(ex, after, PAGE, uptoSeq);
    if (rows.length === 0) break;
    let expected = after + 1;
    for (const r of rows) {
      if (r.seq !== expected) return { broken: { seq: expected, reason: "missing_entry" }, checked, prev };
      expected++;
    }
    const broken = findBrokenLink(
      rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        actorId: r.actor_id,
        orgUnitId: r.org_unit_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        details: JSON.parse(r.details) as unknown,
        prevHash: r.prev_hash,
        hash: r.hash,
      })) satisfies Array<AuditContent & { prevHash: string; hash: string }>,
      sha256,
      prev,
    );
    if (broken) return { broken, checked: checked + rows.findIndex((r) => r.seq === broken.seq), prev };
    checked += rows.length;
    prev = rows[rows.length - 1]!.hash;
    after = rows[rows.length - 1]!.seq;
    await new Promise<void>((r) => setImmediate(r)); // keep the event loop free for other requests
  }
  if (after < uptoSeq) return { broken: { seq: after + 1, reason: "missing_entry" }, checked, prev };
  return { broken: null, checked, prev };
}

/**
 * Verify the chain. Incremental by default: from the last signed 'verified' checkpoint to the end,
 * then the end is compared with the signed 'head' checkpoint (truncation). `full` starts at seq 1.
 * A successful run moves the 'verified' checkpoint (pass `save: false` for a read-only check).
 */
export async function verifyAuditChain(ex: Executor, opts: { full?: boolean; save?: boolean; now?: Date } = {}): Promise<AuditVerifyResult> {
  const now = opts.now ?? new Date();
  // The signed head is read first and bounds the walk: appends committed meanwhile are left for next time.
  const headCp = await readCheckpoint(ex, "head");
  const lastSeq = await auditRepository.lastSeq(ex);
  const anchorCp = await readCheckpoint(ex, "anchor");
  const verifiedCp = await readCheckpoint(ex, "verified");
  const base = { lastSeq, checkpointSeq: headCp.row?.seq ?? null, truncated: false };
  const fail = (seq: number, reason: AuditBreakReason, checked: number, fromSeq: number, incremental: boolean, truncated = false): AuditVerifyResult => ({
    ...base,
    ok: false,
    checked,
    firstBroken: { seq, reason },
    fromSeq,
    incremental,
    truncated,
  });

  if (!anchorCp.valid) return fail(anchorCp.row!.seq, "checkpoint_forged", 0, 0, false);
  if (!headCp.valid) return fail(headCp.row!.seq, "checkpoint_forged", 0, 0, false);
  if (!anchorCp.row && headCp.row) return fail(0, "checkpoint_missing", 0, 0, false);
  // A database from before the keyed chain: anchor it now (signs the current end of the legacy chain).
  const anchor = anchorCp.row ?? (await ensureAnchor(ex, now));

  // Start point: the last verified checkpoint (if signed and still matching the row), else the start.
  let fromSeq = 0;
  let prev = GENESIS_HASH;
  let incremental = false;
  if (!opts.full && verifiedCp.row && verifiedCp.valid && verifiedCp.row.seq <= lastSeq) {
    const at = verifiedCp.row.seq === 0 ? null : await auditRepository.findBySeq(ex, verifiedCp.row.seq);
    if (verifiedCp.row.seq === 0 || at?.hash === verifiedCp.row.hash) {
      fromSeq = verifiedCp.row.seq;
      prev = verifiedCp.row.hash;
      incremental = true;
    }
  }

  let checked = 0;
  if (fromSeq < anchor.seq) {
    const legacy = await verifyLegacy(ex, fromSeq, prev, anchor.seq);
    checked += legacy.checked;
    if (legacy.broken) return fail(legacy.broken.seq, legacy.broken.reason, checked, fromSeq, incremental);
    if (legacy.prev !== anchor.hash) return fail(anchor.seq, "hash_mismatch", checked, fromSeq, incremental);
    prev = legacy.prev;
  }
  let after = Math.max(fromSeq, anchor.seq);
  if (fromSeq <= anchor.seq) prev = anchor.hash;
  const upto = headCp.row ? Math.max(headCp.row.seq, anchor.seq) : undefined;
  for (;;) {
    const rows = await auditRepository.page(ex, after, PAGE, upto);
    if (rows.length === 0) break;
    const broken = findBrokenKeyedLink(rows as unknown as StoredAuditRow[], auditMac, prev, after);
    if (broken) return fail(broken.seq, broken.reason, checked + Math.max(0, broken.seq - after - 1), fromSeq, incremental);
    checked += rows.length;
    const last = rows[rows.length - 1]!;
    prev = last.hash;
    after = last.seq;
    await new Promise<void>((r) => setImmediate(r)); // keep the event loop free for other requests
  }

  // The end of the chain must be where the signed head says it is.
  const head = headCp.row;
  if (head) {
    if (after < head.seq) return fail(after + 1, "truncated", checked, fromSeq, incremental, true);
    if (after === head.seq && prev !== head.hash) return fail(head.seq, "head_mismatch", checked, fromSeq, incremental);
    // entries beyond the signed head that no append signed (the head moves in the append's transaction)
    if (lastSeq > head.seq && (await readCheckpoint(ex, "head")).row?.seq === head.seq) return fail(head.seq + 1, "head_mismatch", checked, fromSeq, incremental);
  } else if (after > anchor.seq) {
    return fail(anchor.seq + 1, "checkpoint_missing", checked, fromSeq, incremental);
  }
  if (opts.save !== false) await auditRepository.saveCheckpoint(ex, signCheckpoint("verified", after, prev, now.toISOString()));
  return { ...base, ok: true, checked, firstBroken: null, fromSeq, incremental };
}
