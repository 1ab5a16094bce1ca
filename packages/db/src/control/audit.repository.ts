import { sql } from "kysely";
import type { Database, Executor } from "../shared/database.js";
import type { AuditCheckpointTable, AuditLogTable } from "../shared/schema.js";

export type AuditRow = AuditLogTable;
export type AuditCheckpointRow = AuditCheckpointTable;
export type AuditCheckpointName = "anchor" | "head" | "verified";

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
  /** Serialise appends so the chain has one head (SQLite transactions are already serial). */
  async lockHead(ex: Executor, engine: Database["engine"]): Promise<void> {
    if (engine === "postgres") await sql`select pg_advisory_xact_lock(7270002)`.execute(ex);
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
