import { sql } from "kysely";
import type { Database, Executor } from "../shared/database.js";
import type { AuditLogTable } from "../shared/schema.js";

export type AuditRow = AuditLogTable;

export interface AuditQuery {
  scopePath?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
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
    if (q.from) query = query.where("at", ">=", q.from);
    if (q.to) query = query.where("at", "<", q.to);
    if (q.beforeSeq !== undefined) query = query.where("seq", "<", q.beforeSeq);
    return query.orderBy("seq", "desc").limit(q.limit).execute();
  },
  /** Chain in order, in pages, for verification. */
  async page(ex: Executor, afterSeq: number, limit: number): Promise<AuditRow[]> {
    return ex.selectFrom("audit_log").selectAll().where("seq", ">", afterSeq).orderBy("seq").limit(limit).execute();
  },
};
