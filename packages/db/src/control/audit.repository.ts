import { sql } from "kysely";
import type { Database, Executor } from "../shared/database.js";
import type { AuditCheckpointTable, AuditLogTable } from "../shared/schema.js";

export type AuditRow = AuditLogTable;
export type AuditCheckpointRow = AuditCheckpointTable;
/**
 * 'anchor', 'head', 'verified' belong to the main chain (and 'verified' also bounds the last run);
 * `head:<chain>` / `verified:<chain>` to a counter's chain (019).
 */
export type AuditCheckpointName = "anchor" | "head" | "verified" | `head:${string}` | `verified:${string}`;
/** A counter's chain (its id), or null for the main chain. */
export type AuditChain = string | null;

export interface AuditQuery {
  scopePath?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Exact action codes (a choice list); `action` stays a prefix filter. */
  actions?: readonly string[];
  orgUnitId?: string;
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

export const auditRepository = {
  /**
   * Serialise appends to one chain so it has one head (SQLite transactions are already serial). The
   * main chain has its own lock; a counter's chain a lock keyed by its id, so appends at different
   * counters do not wait for each other.
   */
  async lockHead(ex: Executor, engine: Database["engine"], chain: AuditChain = null): Promise<void> {
    if (engine !== "postgres") return;
    if (chain === null) await sql`select pg_advisory_xact_lock(7270002)`.execute(ex);
    else await sql`select pg_advisory_xact_lock(7270003, hashtext(${chain}))`.execute(ex);
  },
  /**
   * A sequence number for a new entry (call with the chain's lock held). SQLite: max + 1 (one writer).
   * PostgreSQL: chains append concurrently, so the number after the last committed one is claimed with
   * a transaction lock on the number itself (taken → the next one); numbers stay dense but for rolled
   * back appends. Insert with `insertClaimed`; if it reports the number taken, claim again.
   */
  async claimSeq(ex: Executor, engine: Database["engine"], atLeast = 0): Promise<number> {
    if (engine !== "postgres") return Math.max((await auditRepository.lastSeq(ex)) + 1, atLeast);
    // one round trip: the number after the last committed one, and its lock
    const first = await sql<{ n: number; ok: boolean }>`
      select s.n, pg_try_advisory_xact_lock(7270004, (s.n % 2147483647)::int) as ok
      from (select greatest(coalesce(max(seq), 0) + 1, ${atLeast}::bigint) as n from audit_log) s`.execute(ex);
    let n = Number(first.rows[0]!.n);
    if (first.rows[0]!.ok) return n;
    for (;;) {
      n++;
      const r = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(7270004, ${n % 2147483647}) as ok`.execute(ex);
      if (r.rows[0]!.ok) return n;
    }
  },
  /** Insert an entry under a claimed number; false when a concurrent append committed that number first. */
  async insertClaimed(ex: Executor, row: AuditRow): Promise<boolean> {
    const r = await ex.insertInto("audit_log").values(row).onConflict((oc) => oc.column("seq").doNothing()).returning("seq").executeTakeFirst();
    return r !== undefined;
  },
  /** Last entry of one chain. */
  async chainHead(ex: Executor, chain: AuditChain): Promise<{ seq: number; hash: string } | undefined> {
    const r =
      chain === null
        ? await sql<{ seq: number; hash: string }>`select seq, hash from audit_log where chain is null order by seq desc limit 1`.execute(ex)
        : await sql<{ seq: number; hash: string }>`select seq, hash from audit_log where chain = ${chain} order by seq desc limit 1`.execute(ex);
    const row = r.rows[0];
    return row ? { seq: Number(row.seq), hash: row.hash } : undefined;
  },
  /** Last entry of one chain at or before `seq`. */
  async chainRowAtOrBefore(ex: Executor, chain: AuditChain, seq: number): Promise<{ seq: number; hash: string } | undefined> {
    const r =
      chain === null
        ? await sql<{ seq: number; hash: string }>`select seq, hash from audit_log where chain is null and seq <= ${seq} order by seq desc limit 1`.execute(ex)
        : await sql<{ seq: number; hash: string }>`select seq, hash from audit_log where chain = ${chain} and seq <= ${seq} order by seq desc limit 1`.execute(ex);
    const row = r.rows[0];
    return row ? { seq: Number(row.seq), hash: row.hash } : undefined;
  },
  /** One chain in order, in pages, for verification (rows after `afterSeq`, up to `uptoSeq`). */
  async chainPage(ex: Executor, chain: AuditChain, afterSeq: number, limit: number, uptoSeq: number): Promise<AuditRow[]> {
    const r =
      chain === null
        ? await sql<AuditRow>`select * from audit_log where chain is null and seq > ${afterSeq} and seq <= ${uptoSeq} order by seq limit ${limit}`.execute(ex)
        : await sql<AuditRow>`select * from audit_log where chain = ${chain} and seq > ${afterSeq} and seq <= ${uptoSeq} order by seq limit ${limit}`.execute(ex);
    return r.rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  },
  /**
   * The main-chain entry that registered a counter's chain (issue 13: the set of chains is itself
   * under the main chain, so a chain deleted whole, head checkpoint included, is still missed).
   */
  async chainRegistration(ex: Executor, chain: string): Promise<number | undefined> {
    const r = await sql<{ seq: number }>`
      select seq from audit_log
      where entity_type = 'audit_chain' and entity_id = ${chain} and action = 'audit.chain_opened' and chain is null
      order by seq limit 1`.execute(ex);
    return r.rows[0] ? Number(r.rows[0].seq) : undefined;
  },
  /** Every registered counter chain with the sequence number of its registration (first one). */
  async chainRegistrations(ex: Executor): Promise<Array<{ chain: string; seq: number }>> {
    const r = await sql<{ chain: string; seq: number }>`
      select entity_id as chain, min(seq) as seq from audit_log
      where entity_type = 'audit_chain' and action = 'audit.chain_opened' and chain is null and entity_id is not null
      group by entity_id order by entity_id`.execute(ex);
    return r.rows.map((row) => ({ chain: row.chain, seq: Number(row.seq) }));
  },
  /** Every counter chain that has entries. */
  async chains(ex: Executor): Promise<string[]> {
    const r = await sql<{ chain: string }>`select distinct chain from audit_log where chain is not null order by chain`.execute(ex);
    return r.rows.map((row) => row.chain);
  },
  /** Sequence numbers present in (afterSeq, uptoSeq] (to find the first missing one). */
  async seqsBetween(ex: Executor, afterSeq: number, uptoSeq: number, limit: number): Promise<number[]> {
    const rows = await ex.selectFrom("audit_log").select("seq").where("seq", ">", afterSeq).where("seq", "<=", uptoSeq).orderBy("seq").limit(limit).execute();
    return rows.map((row) => Number(row.seq));
  },
  /** Checkpoints whose name starts with `prefix` (the counter chains' heads and verified marks). */
  async checkpointsLike(ex: Executor, prefix: "head:" | "verified:"): Promise<AuditCheckpointRow[]> {
    return ex.selectFrom("audit_checkpoints").selectAll().where("name", "like", `${prefix}%`).execute();
  },
  async head(ex: Executor): Promise<{ seq: number; hash: string } | undefined> {
    return ex.selectFrom("audit_log").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst();
  },
  async insert(ex: Executor, row: AuditRow): Promise<void> {
    await ex.insertInto("audit_log").values(row).execute();
  },
  async list(ex: Executor, q: AuditQuery): Promise<AuditRow[]> {
    let query = ex.selectFrom("audit_log").selectAll("audit_log");
    if (q.scopePath) {
      const scope = q.scopePath;
      query = query.where((eb) =>
        eb.or([
          eb(
            "audit_log.org_unit_id",
            "in",
            eb.selectFrom("org_units").select("org_units.id").where("org_units.path", "like", `${scope}%`),
          ),
        ]),
      );
    }
    if (q.entityType) query = query.where("entity_type", "=", q.entityType);
    if (q.entityId) query = query.where("entity_id", "=", q.entityId);
    if (q.actorId) query = query.where("actor_id", "=", q.actorId);
    if (q.action) query = query.where("action", "like", `${q.action}%`);
    if (q.actions && q.actions.length > 0) query = query.where("action", "in", [...q.actions]);
    if (q.orgUnitId) query = query.where("org_unit_id", "=", q.orgUnitId);
    if (q.from) query = query.where("at", ">=", q.from);
    if (q.to) query = query.where("at", "<", q.to);
    if (q.beforeSeq !== undefined) query = query.where("seq", "<", q.beforeSeq);
    return query.orderBy("seq", "desc").limit(q.limit).execute();
  },
  /** Distinct action codes and entity types in the caller's scope (filter choice lists). */
  async distinctValues(ex: Executor, column: "action" | "entity_type"): Promise<string[]> {
    const rows = await ex.selectFrom("audit_log").select(column).distinct().orderBy(column).execute();
    return rows.map((r) => (r as Record<string, string>)[column]!);
  },
  async lastSeq(ex: Executor): Promise<number> {
    const r = await ex.selectFrom("audit_log").select((eb) => eb.fn.max("seq").as("m")).executeTakeFirst();
    return Number(r?.m ?? 0);
  },
  async findBySeq(ex: Executor, seq: number): Promise<AuditRow | undefined> {
    return ex.selectFrom("audit_log").selectAll().where("seq", "=", seq).executeTakeFirst();
  },
  async checkpoint(ex: Executor, name: AuditCheckpointName): Promise<AuditCheckpointRow | undefined> {
    return ex.selectFrom("audit_checkpoints").selectAll().where("name", "=", name).executeTakeFirst();
  },
  async saveCheckpoint(ex: Executor, row: AuditCheckpointRow): Promise<void> {
    await ex
      .insertInto("audit_checkpoints")
      .values(row)
      .onConflict((oc) => oc.column("name").doUpdateSet({ seq: row.seq, hash: row.hash, at: row.at, mac: row.mac }))
      .execute();
  },
  /** Write a checkpoint only when none of that name exists (the anchor is written once). */
  async insertCheckpointIfAbsent(ex: Executor, row: AuditCheckpointRow): Promise<void> {
    await ex.insertInto("audit_checkpoints").values(row).onConflict((oc) => oc.column("name").doNothing()).execute();
  },
  /** Display names of people and units named in audit entries and exports (id → name). */
  async userNames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
    const list = [...new Set(ids.filter(Boolean))];
    if (list.length === 0) return new Map();
    const rows = await ex.selectFrom("users").select(["id", "display_name"]).where("id", "in", list).execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  },
  async unitNames(ex: Executor, ids: readonly string[]): Promise<Map<string, { name: string; timeZone: string }>> {
    const list = [...new Set(ids.filter(Boolean))];
    if (list.length === 0) return new Map();
    const rows = await ex.selectFrom("org_units").select(["id", "name", "time_zone"]).where("id", "in", list).execute();
    return new Map(rows.map((r) => [r.id, { name: r.name, timeZone: r.time_zone }]));
  },
  /** Chain in order, in pages, for verification. */
  async page(ex: Executor, afterSeq: number, limit: number, uptoSeq?: number): Promise<AuditRow[]> {
    let q = ex.selectFrom("audit_log").selectAll().where("seq", ">", afterSeq);
    if (uptoSeq !== undefined) q = q.where("seq", "<=", uptoSeq);
    return q.orderBy("seq").limit(limit).execute();
  },
};
