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
 *
 * Chains (issue 13 item 3, migration 019): the entries of a counter form their own chain (`chain` =
 * the counter's id, covered by the MAC) with its own signed `head:<counter>` checkpoint and its own
 * lock, so on PostgreSQL audited writes at different counters never wait for each other; every other
 * entry continues the main chain ('head'). Verification walks every chain; sequence numbers stay
 * unique across chains (a database sequence on PostgreSQL) and order the entries within a chain.
 * The chains themselves are registered in the main chain (`audit.chain_opened`, see ensureRegistered),
 * so a chain deleted whole with its head checkpoint is reported as truncated at its registration.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  type AuditContent,
  GENESIS_HASH,
  type StoredAuditRow,
  checkpointInput,
  findBrokenLink,
  rowChainInput,
} from "@ccms/core";
import {
  type AuditChain,
  type AuditCheckpointName,
  type AuditCheckpointRow,
  type AuditRow,
  type Database,
  type Executor,
  auditRepository,
  orgUnitRepository,
} from "@ccms/db";

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

/** Counters (their own chain) among org units, remembered: a unit's kind never changes. */
const counterUnits = new Map<string, boolean>();

async function chainOf(ex: Executor, orgUnitId: string | null | undefined): Promise<AuditChain> {
  if (!orgUnitId) return null;
  let counter = counterUnits.get(orgUnitId);
  if (counter === undefined) {
    const unit = await orgUnitRepository.findById(ex, orgUnitId);
    if (!unit) return null; // not (yet) a unit: main chain, not remembered
    counter = unit.kind === "counter";
    counterUnits.set(orgUnitId, counter);
  }
  return counter ? orgUnitId : null;
}

/**
 * PostgreSQL: a transaction appends to one chain only — the chain of its first entry — so it holds one
 * chain lock and two transactions can never wait for each other's chain locks (a deadlock).
 */
const chainOfTransaction = new WeakMap<object, AuditChain>();

const headName = (chain: AuditChain): AuditCheckpointName => (chain === null ? "head" : `head:${chain}`);
const verifiedName = (chain: AuditChain): AuditCheckpointName => (chain === null ? "verified" : `verified:${chain}`);

/**
 * Chain registry (issue 13): the first append to a counter's chain — or, for a chain from before the
 * registry, its first append since — also appends `audit.chain_opened` to the main chain, in the same
 * transaction. The set of chains is then under the main chain's links and signed head: a counter chain
 * deleted whole, its head checkpoint included, is reported by verification (its registration stays),
 * and deleting the registration breaks the main chain.
 */
export const CHAIN_OPENED = "audit.chain_opened";
/** Chains whose registration this process has seen committed (or in a transaction that did not write it). */
const registeredChains = new Set<string>();
/** Chains a transaction registered itself (not remembered process-wide: the transaction may roll back). */
const registeredIn = new WeakMap<object, Set<string>>();

async function ensureRegistered(ex: Executor, engine: Database["engine"], chain: string, actor: AuditActor, at: Date): Promise<void> {
  if (registeredChains.has(chain) || registeredIn.get(ex)?.has(chain)) return;
  const remember = async (): Promise<boolean> => {
    if ((await auditRepository.chainRegistration(ex, chain)) === undefined) return false;
    registeredChains.add(chain);
    return true;
  };
  if (await remember()) return;
  // PostgreSQL: under the main chain's lock (always taken before a counter chain's lock), a concurrent
  // registration of the same chain has committed and is seen by the next statement
  await auditRepository.lockHead(ex, engine, null);
  if (await remember()) return;
  await appendToChain(ex, engine, null, actor, at, { action: CHAIN_OPENED, entityType: "audit_chain", entityId: chain, orgUnitId: null, details: { chain } });
  if (!registeredIn.has(ex)) registeredIn.set(ex, new Set());
  registeredIn.get(ex)!.add(chain);
}

export async function appendAudit(
  ex: Executor,
  engine: Database["engine"],
  actor: AuditActor,
  at: Date,
  input: AuditInput,
): Promise<void> {
  const pinned = engine === "postgres" && ex.isTransaction;
  const chain = pinned && chainOfTransaction.has(ex) ? chainOfTransaction.get(ex)! : await chainOf(ex, input.orgUnitId);
  if (pinned) chainOfTransaction.set(ex, chain);
  const anchored = await auditRepository.checkpoint(ex, "anchor");
  if (!anchored) {
    // once per database: the anchor signs the end of the legacy chain, under the main chain's lock
    await auditRepository.lockHead(ex, engine, null);
    await ensureAnchor(ex, at);
  }
  if (chain !== null) await ensureRegistered(ex, engine, chain, actor, at);
  await appendToChain(ex, engine, chain, actor, at, input);
}

/** One entry at the end of one chain, under the chain's lock; moves the chain's signed head. */
async function appendToChain(ex: Executor, engine: Database["engine"], chain: AuditChain, actor: AuditActor, at: Date, input: AuditInput): Promise<void> {
  await auditRepository.lockHead(ex, engine, chain);
  const head = await auditRepository.chainHead(ex, chain);
  const prevHash = head?.hash ?? GENESIS_HASH;
  const content: Omit<AuditRow, "hash" | "seq"> & { ip?: string | null; chain?: string } = {
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
    // a counter's chain (019); the main chain's rows leave it null, as every row before 019 did
    ...(chain !== null ? { chain } : {}),
  };
  for (let seq = await auditRepository.claimSeq(ex, engine); ; seq = await auditRepository.claimSeq(ex, engine, seq + 1)) {
    const row = { seq, ...content };
    // every column of the stored row but `hash` is under the MAC (rowChainInput)
    const hash = auditMac(rowChainInput(row));
    if (!(await auditRepository.insertClaimed(ex, { ...row, hash } as AuditRow))) continue;
    await auditRepository.saveCheckpoint(ex, signCheckpoint(headName(chain), row.seq, hash, row.at));
    return;
  }
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

interface ChainEnd {
  broken: { seq: number; reason: AuditBreakReason } | null;
  checked: number;
  /** Last entry walked (its sequence and hash). */
  after: number;
  prev: string;
}

/** First sequence number missing from the log in (after, upto] — where a truncated chain lost entries. */
async function firstAbsent(ex: Executor, after: number, upto: number): Promise<number> {
  let expected = after + 1;
  for (const seq of await auditRepository.seqsBetween(ex, after, upto, 100_000)) {
    if (seq !== expected) return expected;
    expected++;
  }
  return expected;
}

/**
 * Walk one keyed chain from (startSeq, startPrev) up to its signed head: every entry's MAC, then its
 * link to the one before (an entry deleted from the middle breaks the link of the next), then the end
 * against the head (entries deleted at the end: truncated; entries beyond the head that no append
 * signed: head_mismatch).
 */
async function walkChain(ex: Executor, chain: AuditChain, startSeq: number, startPrev: string, head: AuditCheckpointRow | undefined): Promise<ChainEnd> {
  let after = startSeq;
  let prev = startPrev;
  let checked = 0;
  const upto = head ? head.seq : Number.MAX_SAFE_INTEGER;
  const end = (broken: ChainEnd["broken"]): ChainEnd => ({ broken, checked, after, prev });
  for (;;) {
    const rows = await auditRepository.chainPage(ex, chain, after, PAGE, upto);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (auditMac(rowChainInput(r as unknown as StoredAuditRow)) !== r.hash) return end({ seq: r.seq, reason: "hash_mismatch" });
      if (r.prev_hash !== prev) return end({ seq: r.seq, reason: "prev_mismatch" });
      prev = r.hash;
      after = r.seq;
      checked++;
    }
    await new Promise<void>((r) => setImmediate(r)); // keep the event loop free for other requests
  }
  if (!head) return end(checked > 0 ? { seq: startSeq + 1, reason: "checkpoint_missing" } : null);
  if (after < head.seq) return end({ seq: await firstAbsent(ex, after, head.seq), reason: "truncated" });
  if (after === head.seq && prev !== head.hash) return end({ seq: head.seq, reason: "head_mismatch" });
  // entries beyond the signed head that no append signed (the head moves in the append's transaction)
  const beyond = await auditRepository.chainPage(ex, chain, head.seq, 1, Number.MAX_SAFE_INTEGER);
  if (beyond.length > 0) {
    const again = (await readCheckpoint(ex, headName(chain))).row;
    if (again?.seq === head.seq) return end({ seq: beyond[0]!.seq, reason: "head_mismatch" });
  }
  return end(null);
}

/**
 * Verify every chain. Incremental by default: each chain from its last signed 'verified' checkpoint
 * to the end, then the end is compared with the chain's signed head checkpoint (truncation). `full`
 * starts at seq 1. The main 'verified' checkpoint also bounds the whole run (`fromSeq` of the next).
 * A successful run moves the 'verified' checkpoints (pass `save: false` for a read-only check).
 */
export async function verifyAuditChain(ex: Executor, opts: { full?: boolean; save?: boolean; now?: Date } = {}): Promise<AuditVerifyResult> {
  const now = opts.now ?? new Date();
  // The signed heads are read first and bound the walk: appends committed meanwhile are left for next time.
  const headCp = await readCheckpoint(ex, "head");
  const counterHeads = new Map<string, { row: AuditCheckpointRow; valid: boolean }>();
  for (const row of await auditRepository.checkpointsLike(ex, "head:")) {
    const seq = Number(row.seq);
    counterHeads.set(row.name.slice("head:".length), { row: { ...row, seq }, valid: auditMac(checkpointInput({ name: row.name, seq, hash: row.hash, at: row.at })) === row.mac });
  }
  const lastSeq = await auditRepository.lastSeq(ex);
  const anchorCp = await readCheckpoint(ex, "anchor");
  const verifiedCp = await readCheckpoint(ex, "verified");
  const headSeqs = [headCp.row?.seq, ...[...counterHeads.values()].map((h) => h.row.seq)].filter((x): x is number => x !== undefined);
  const base = { lastSeq, checkpointSeq: headSeqs.length > 0 ? Math.max(...headSeqs) : null, truncated: false };
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
  for (const h of counterHeads.values()) if (!h.valid) return fail(h.row.seq, "checkpoint_forged", 0, 0, false);
  if (!anchorCp.row && (headCp.row || counterHeads.size > 0)) return fail(0, "checkpoint_missing", 0, 0, false);
  // A database from before the keyed chain: anchor it now (signs the current end of the legacy chain).
  const anchor = anchorCp.row ?? (await ensureAnchor(ex, now));

  // Start point: the last verified run (if signed and the main chain still matches it), else the start.
  let fromSeq = 0;
  let incremental = false;
  let mainStart = { seq: anchor.seq, hash: anchor.hash };
  if (!opts.full && verifiedCp.row && verifiedCp.valid && verifiedCp.row.seq <= lastSeq && verifiedCp.row.seq >= anchor.seq) {
    const at = await auditRepository.chainRowAtOrBefore(ex, null, verifiedCp.row.seq);
    const resume = at && at.seq > anchor.seq ? at : { seq: anchor.seq, hash: anchor.hash };
    if (resume.hash === verifiedCp.row.hash) {
      fromSeq = verifiedCp.row.seq;
      mainStart = resume;
      incremental = true;
    }
  }

  const failures: Array<{ seq: number; reason: AuditBreakReason }> = [];
  let checked = 0;
  if (!incremental && anchor.seq > 0) {
    const legacy = await verifyLegacy(ex, 0, GENESIS_HASH, anchor.seq);
    checked += legacy.checked;
    if (legacy.broken) failures.push(legacy.broken);
    else if (legacy.prev !== anchor.hash) failures.push({ seq: anchor.seq, reason: "hash_mismatch" });
  }

  // The main chain, then every counter's chain (those with entries and those with a signed head).
  const main = await walkChain(ex, null, mainStart.seq, mainStart.hash, headCp.row);
  checked += main.checked;
  if (main.broken) failures.push(main.broken);
  const verifiedMarks = new Map<string, AuditCheckpointRow>();
  if (incremental) {
    for (const row of await auditRepository.checkpointsLike(ex, "verified:")) {
      const seq = Number(row.seq);
      if (auditMac(checkpointInput({ name: row.name, seq, hash: row.hash, at: row.at })) === row.mac) verifiedMarks.set(row.name.slice("verified:".length), { ...row, seq });
    }
  }
  // A registered chain with no signed head lost everything, entries and head (issue 13 chain registry).
  for (const r of await auditRepository.chainRegistrations(ex)) {
    if (!counterHeads.has(r.chain)) failures.push({ seq: r.seq, reason: "truncated" });
  }
  const chains = new Set([...(await auditRepository.chains(ex)), ...counterHeads.keys()]);
  const ends: Array<{ chain: string; end: ChainEnd; moved: boolean }> = [];
  for (const chain of [...chains].sort()) {
    let start = { seq: 0, hash: GENESIS_HASH };
    const mark = verifiedMarks.get(chain);
    if (mark) {
      const at = await auditRepository.chainRowAtOrBefore(ex, chain, mark.seq);
      if (at && at.seq === mark.seq && at.hash === mark.hash) start = { seq: mark.seq, hash: mark.hash };
    }
    const end = await walkChain(ex, chain, start.seq, start.hash, counterHeads.get(chain)?.row);
    checked += end.checked;
    if (end.broken) failures.push(end.broken);
    ends.push({ chain, end, moved: end.after !== start.seq || !mark });
  }

  if (failures.length > 0) {
    const first = failures.reduce((a, b) => (b.seq < a.seq ? b : a));
    return fail(first.seq, first.reason, checked, fromSeq, incremental, failures.some((f) => f.reason === "truncated"));
  }
  const bound = Math.max(fromSeq, anchor.seq, main.after, ...ends.map((e) => e.end.after));
  if (opts.save !== false) {
    const at = now.toISOString();
    for (const e of ends) if (e.moved && e.end.after > 0) await auditRepository.saveCheckpoint(ex, signCheckpoint(verifiedName(e.chain), e.end.after, e.end.prev, at));
    await auditRepository.saveCheckpoint(ex, signCheckpoint("verified", bound, main.prev, at));
  }
  return { ...base, ok: true, checked, firstBroken: null, fromSeq, incremental };
}
