/**
 * A small generic repository for the register tables of internal control (daily operations have
 * their own typed repositories in this folder):
 * insert, find by id, patch, and filtered lists (counter ids, a date/instant range, equality).
 * SQL only, no rules. Written once for SQLite and PostgreSQL.
 */
import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type { Executor } from "../shared/database.js";
import type { ControlRegisterTables } from "../control/registers.schema.js";

type Tables = ControlRegisterTables;
export type RegisterTableName = keyof Tables;
export type RegisterRow<T extends RegisterTableName> = Selectable<Tables[T]>;

export interface RegisterListFilter {
  /** Restrict to these counters (column `counter_id` unless `counterColumn`). Empty list → no rows. */
  counterIds?: readonly string[] | undefined;
  counterColumn?: string;
  /** Inclusive range on a text column (dates YYYY-MM-DD or instants; `to` for instants should be an upper bound). */
  rangeColumn?: string;
  from?: string | undefined;
  to?: string | undefined;
  /** Equality filters (undefined values ignored). */
  eq?: Record<string, string | number | null | undefined>;
  orderBy?: string;
  desc?: boolean;
  limit?: number;
}

const k = (ex: Executor) => ex as unknown as Kysely<any>;

export function registerTable<T extends RegisterTableName>(table: T) {
  const t: string = table;
  return {
    async insert(ex: Executor, row: Insertable<Tables[T]>): Promise<void> {
      await k(ex).insertInto(t).values(row as Record<string, unknown>).execute();
    },
    async findById(ex: Executor, id: string, idColumn = "id"): Promise<RegisterRow<T> | undefined> {
      return (await k(ex).selectFrom(t).selectAll().where(idColumn, "=", id).executeTakeFirst()) as RegisterRow<T> | undefined;
    },
    async update(ex: Executor, id: string, patch: Updateable<Tables[T]>, idColumn = "id"): Promise<number> {
      const r = await k(ex).updateTable(t).set(patch as Record<string, unknown>).where(idColumn, "=", id).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    /** Conditional update (compare-and-set): only when `column` still equals `expected`. */
    async updateWhere(ex: Executor, id: string, column: string, expected: string | number | null, patch: Updateable<Tables[T]>): Promise<number> {
      let q = k(ex).updateTable(t).set(patch as Record<string, unknown>).where("id", "=", id);
      q = expected === null ? q.where(column, "is", null) : q.where(column, "=", expected);
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async list(ex: Executor, f: RegisterListFilter = {}): Promise<Array<RegisterRow<T>>> {
      if (f.counterIds && f.counterIds.length === 0) return [];
      let q = k(ex).selectFrom(t).selectAll();
      if (f.counterIds) q = q.where(f.counterColumn ?? "counter_id", "in", [...f.counterIds]);
      if (f.rangeColumn && f.from) q = q.where(f.rangeColumn, ">=", f.from);
      if (f.rangeColumn && f.to) q = q.where(f.rangeColumn, "<=", f.to);
      for (const [c, v] of Object.entries(f.eq ?? {})) {
        if (v === undefined) continue;
        q = v === null ? q.where(c, "is", null) : q.where(c, "=", v);
      }
      q = q.orderBy(f.orderBy ?? "id", f.desc ? "desc" : "asc");
      if (f.limit) q = q.limit(f.limit);
      return (await q.execute()) as Array<RegisterRow<T>>;
    },
    async count(ex: Executor, f: RegisterListFilter = {}): Promise<number> {
      if (f.counterIds && f.counterIds.length === 0) return 0;
      let q = k(ex).selectFrom(t).select((eb: any) => eb.fn.countAll().as("n"));
      if (f.counterIds) q = q.where(f.counterColumn ?? "counter_id", "in", [...f.counterIds]);
      if (f.rangeColumn && f.from) q = q.where(f.rangeColumn, ">=", f.from);
      if (f.rangeColumn && f.to) q = q.where(f.rangeColumn, "<=", f.to);
      for (const [c, v] of Object.entries(f.eq ?? {})) {
        if (v === undefined) continue;
        q = v === null ? q.where(c, "is", null) : q.where(c, "=", v);
      }
      const row = (await q.executeTakeFirst()) as { n: number | string } | undefined;
      return Number(row?.n ?? 0);
    },
  };
}

export const controlTables = {
  items: registerTable("control_items"),
  movements: registerTable("custody_movements"),
  usages: registerTable("item_usages"),
  losses: registerTable("item_losses"),
  writeOffs: registerTable("write_off_lists"),
  leaves: registerTable("leave_periods"),
  handBacks: registerTable("hand_backs"),
  findings: registerTable("control_findings"),
  correctiveActions: registerTable("corrective_actions"),
  amlSettings: registerTable("aml_settings"),
  amlTransactions: registerTable("aml_transactions"),
  amlSelfInspections: registerTable("aml_self_inspections"),
  archiveBorrowings: registerTable("archive_borrowings"),
};
