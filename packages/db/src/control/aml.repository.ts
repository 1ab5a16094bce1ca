/** K-10 AML register: thresholds per unit, large/suspicious transactions, self-inspections. SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { AmlSelfInspectionTable, AmlSettingTable, AmlTransactionTable } from "./registers.schema.js";

export type AmlSettingRow = AmlSettingTable;
export type AmlTransactionRow = AmlTransactionTable;
export type AmlSelfInspectionRow = AmlSelfInspectionTable;

export interface AmlTransactionFilter {
  /** Inclusive range of instants on occurred_at. */
  from?: string | undefined;
  to?: string | undefined;
  largeAmount?: boolean | undefined;
  suspicious?: boolean | undefined;
}

export const amlRepository = {
  async findSettings(ex: Executor, unitId: string): Promise<AmlSettingRow | undefined> {
    return ex.selectFrom("aml_settings").selectAll().where("org_unit_id", "=", unitId).executeTakeFirst();
  },

  /** Set a unit's thresholds (insert or replace). */
  async putSettings(ex: Executor, row: AmlSettingRow): Promise<void> {
    const { org_unit_id, ...rest } = row;
    const r = await ex.updateTable("aml_settings").set(rest).where("org_unit_id", "=", org_unit_id).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) await ex.insertInto("aml_settings").values(row).execute();
  },

  // ------------------------------------------------------------ transactions

  async insertTransaction(ex: Executor, row: AmlTransactionRow): Promise<void> {
    await ex.insertInto("aml_transactions").values(row).execute();
  },

  async findTransaction(ex: Executor, id: string): Promise<AmlTransactionRow | undefined> {
    return ex.selectFrom("aml_transactions").selectAll().where("id", "=", id).executeTakeFirst();
  },

  async markSuspicious(ex: Executor, id: string, reasonsJson: string): Promise<void> {
    await ex.updateTable("aml_transactions").set({ suspicious: 1, suspicious_reasons: reasonsJson }).where("id", "=", id).execute();
  },

  async markReported(ex: Executor, id: string, reportedAt: string, reportRef: string): Promise<void> {
    await ex.updateTable("aml_transactions").set({ reported_at: reportedAt, report_ref: reportRef }).where("id", "=", id).execute();
  },

  /** Transactions at these counters, latest first (`limit` rows at most when given). */
  async listTransactions(ex: Executor, counterIds: readonly string[], f: AmlTransactionFilter, limit?: number): Promise<AmlTransactionRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("aml_transactions").selectAll().where("counter_id", "in", [...counterIds]);
    if (f.from) q = q.where("occurred_at", ">=", f.from);
    if (f.to) q = q.where("occurred_at", "<=", f.to);
    if (f.largeAmount !== undefined) q = q.where("large_amount", "=", f.largeAmount ? 1 : 0);
    if (f.suspicious !== undefined) q = q.where("suspicious", "=", f.suspicious ? 1 : 0);
    q = q.orderBy("occurred_at", "desc").orderBy("id", "desc");
    return (limit ? q.limit(limit) : q).execute();
  },

  // ------------------------------------------------------------ self-inspections

  async insertSelfInspection(ex: Executor, row: AmlSelfInspectionRow): Promise<void> {
    await ex.insertInto("aml_self_inspections").values(row).execute();
  },

  async findSelfInspection(ex: Executor, id: string): Promise<AmlSelfInspectionRow | undefined> {
    return ex.selectFrom("aml_self_inspections").selectAll().where("id", "=", id).executeTakeFirst();
  },

  async setSelfInspectionItems(ex: Executor, id: string, itemsJson: string): Promise<void> {
    await ex.updateTable("aml_self_inspections").set({ items: itemsJson }).where("id", "=", id).execute();
  },

  /** Self-inspections at these counters, newest first. */
  async listSelfInspections(ex: Executor, counterIds: readonly string[]): Promise<AmlSelfInspectionRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("aml_self_inspections").selectAll().where("counter_id", "in", [...counterIds]).orderBy("created_at", "desc").orderBy("id", "desc").execute();
  },
};
