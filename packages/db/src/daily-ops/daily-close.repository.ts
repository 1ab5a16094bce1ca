/**
 * Read-only queries over other modules' tables for the daily close (D-03, D-06, C-03, K-01):
 * tickets still open (queue), windows still signed in (queue), unfinished cases not yet carried
 * over (cases). Each returns null when the module's table is absent, so the check reports
 * "unavailable" honestly instead of "passed".
 */
import { type Kysely, sql } from "kysely";
import type { Executor } from "../shared/database.js";

const k = (ex: Executor) => ex as unknown as Kysely<any>;

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

  /** Tickets of the counter and date still waiting, called or serving. */
  async openTickets(ex: Executor, engine: "sqlite" | "postgres", counterId: string, businessDate: string): Promise<Array<{ id: string; number: string; status: string }> | null> {
    if (!(await tableExists(ex, engine, "queue_tickets"))) return null;
    return (await k(ex)
      .selectFrom("queue_tickets")
      .select(["id", "number", "status"])
      .where("counter_id", "=", counterId)
      .where("business_date", "<=", businessDate)
      .where("status", "in", ["waiting", "called", "serving"])
      .orderBy("number")
      .execute()) as Array<{ id: string; number: string; status: string }>;
  },

  /** D-03 windows with a teller still signed in. */
  async signedInWindows(ex: Executor, engine: "sqlite" | "postgres", counterId: string): Promise<Array<{ id: string; number: number; tellerId: string | null; tellerName: string | null }> | null> {
    if (!(await tableExists(ex, engine, "queue_windows"))) return null;
    const rows = (await k(ex)
      .selectFrom("queue_windows")
      .select(["id", "number", "teller_id", "teller_name"])
      .where("counter_id", "=", counterId)
      .where("teller_id", "is not", null)
      .orderBy("number")
      .execute()) as Array<{ id: string; number: number; teller_id: string | null; teller_name: string | null }>;
    return rows.map((r) => ({ id: r.id, number: r.number, tellerId: r.teller_id, tellerName: r.teller_name }));
  },

  /** C-03 unfinished cases of the counter with a deadline due by `dueBy` and no special matter yet. */
  async casesNeedingSpecialMatter(ex: Executor, engine: "sqlite" | "postgres", counterId: string, dueBy: string): Promise<Array<{ id: string; number: string }> | null> {
    if (!(await tableExists(ex, engine, "cases"))) return null;
    return (await k(ex)
      .selectFrom("cases")
      .select(["id", "number"])
      .where("org_unit_id", "=", counterId)
      .where("kind", "!=", "special")
      .where("special_matter_id", "is", null)
      .where("state", "not in", ["closed", "archivedUnsatisfied"])
      .where("next_due_at", "is not", null)
      .where("next_due_at", "<=", dueBy)
      .orderBy("number")
      .execute()) as Array<{ id: string; number: string }>;
  },
};
