/**
 * D-06 daily closes (one per counter and business date), and the read-only queries over other
 * modules' tables the close checks need (D-03, C-03): tickets still open (queue), windows still
 * signed in (queue), unfinished cases not yet carried over (cases). Each cross-module read returns
 * null when the module's table is absent, so the check reports "unavailable" honestly instead of
 * "passed". SQL only, no rules.
 */
import { sql } from "kysely";
import type { Executor } from "../shared/database.js";
import type { DailyCloseTable } from "./schema.js";

export type DailyCloseRow = DailyCloseTable;

async function tableExists(ex: Executor, engine: "sqlite" | "postgres", table: string): Promise<boolean> {
  if (engine === "postgres") {
    const r = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = ${table} and table_schema = current_schema()`.execute(ex);
    return Number(r.rows[0]?.n ?? 0) > 0;
  }
  const r = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${table}`.execute(ex);
  return Number(r.rows[0]?.n ?? 0) > 0;
}

export const dailyCloseRepository = {
  tableExists,

  async insert(ex: Executor, row: DailyCloseRow): Promise<void> {
    await ex.insertInto("daily_closes").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<DailyCloseRow | undefined> {
    return ex.selectFrom("daily_closes").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** The close of a counter's business date, if any. */
  findOfDay(ex: Executor, counterId: string, businessDate: string): Promise<DailyCloseRow | undefined> {
    return ex.selectFrom("daily_closes").selectAll().where("counter_id", "=", counterId).where("business_date", "=", businessDate).orderBy("id").executeTakeFirst();
  },
  /** The register: latest business date first, at most 1000 rows. */
  async listLatest(ex: Executor, f: { counterIds: readonly string[]; from?: string | undefined; to?: string | undefined }): Promise<DailyCloseRow[]> {
    if (f.counterIds.length === 0) return [];
    let q = ex.selectFrom("daily_closes").selectAll().where("counter_id", "in", [...f.counterIds]);
    if (f.from) q = q.where("business_date", ">=", f.from);
    if (f.to) q = q.where("business_date", "<=", f.to);
    return q.orderBy("business_date", "desc").limit(1000).execute();
  },
  /** D-06 a reopened day: the close is removed (its snapshot is kept by the reopen record). False when already gone. */
  async remove(ex: Executor, id: string): Promise<boolean> {
    const r = await ex.deleteFrom("daily_closes").where("id", "=", id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },

  /** Tickets of the counter and date still waiting, called or serving. */
  async openTickets(ex: Executor, engine: "sqlite" | "postgres", counterId: string, businessDate: string): Promise<Array<{ id: string; number: string; status: string }> | null> {
    if (!(await tableExists(ex, engine, "queue_tickets"))) return null;
    return ex
      .selectFrom("queue_tickets")
      .select(["id", "number", "status"])
      .where("counter_id", "=", counterId)
      .where("business_date", "<=", businessDate)
      .where("status", "in", ["waiting", "called", "serving"])
      .orderBy("number")
      .execute();
  },

  /** D-03 windows with a teller still signed in. */
  async signedInWindows(ex: Executor, engine: "sqlite" | "postgres", counterId: string): Promise<Array<{ id: string; number: number; tellerId: string | null; tellerName: string | null }> | null> {
    if (!(await tableExists(ex, engine, "queue_windows"))) return null;
    const rows = await ex
      .selectFrom("queue_windows")
      .select(["id", "number", "teller_id", "teller_name"])
      .where("counter_id", "=", counterId)
      .where("teller_id", "is not", null)
      .orderBy("number")
      .execute();
    return rows.map((r) => ({ id: r.id, number: r.number, tellerId: r.teller_id, tellerName: r.teller_name }));
  },

  /** C-03 unfinished cases of the counter with a deadline due by `dueBy` and no special matter yet. */
  async casesNeedingSpecialMatter(ex: Executor, engine: "sqlite" | "postgres", counterId: string, dueBy: string): Promise<Array<{ id: string; number: string }> | null> {
    if (!(await tableExists(ex, engine, "cases"))) return null;
    return ex
      .selectFrom("cases")
      .select(["id", "number"])
      .where("org_unit_id", "=", counterId)
      .where("kind", "!=", "special")
      .where("special_matter_id", "is", null)
      .where("state", "not in", ["closed", "archivedUnsatisfied"])
      .where("next_due_at", "is not", null)
      .where("next_due_at", "<=", dueBy)
      .orderBy("number")
      .execute();
  },

  /** Cases among `ids` with their organisation path (for linking case studies in scope). */
  casePaths(ex: Executor, ids: readonly string[]): Promise<Array<{ id: string; org_path: string }>> {
    if (ids.length === 0) return Promise.resolve([]);
    return ex.selectFrom("cases").select(["id", "org_path"]).where("id", "in", [...ids]).execute();
  },
};
