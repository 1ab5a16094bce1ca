/**
 * P-12/P-13 reward/penalty ledger (migration 021): rules in force and entries. SQL only, no rules:
 * what counts (approved entries only, appeals upheld void the entry) is decided by the use cases.
 */
import type { Executor } from "../shared/database.js";
import type { PeopleLedgerEntryTable, PeopleLedgerRuleTable } from "./ledger.schema.js";

export type LedgerRuleRow = PeopleLedgerRuleTable;
export type LedgerEntryRow = PeopleLedgerEntryTable;

/** Units (ids) and an inclusive range of LocalDates (YYYY-MM-DD). */
export interface LedgerRange {
  orgUnitIds: readonly string[];
  from: string;
  to: string;
}

/** Why a person lost annual-excellence eligibility (P-13, seed 003 Art.106): the first approved entry that took it. */
export interface IneligibleUser {
  userId: string;
  entryId: string;
  ruleCode: string;
  article: string;
  reasonZh: string;
  reasonEn: string;
  date: string;
}

export const ledgerRepository = {
  async listRules(ex: Executor): Promise<LedgerRuleRow[]> {
    return ex.selectFrom("people_ledger_rules").selectAll().where("active", "=", 1).orderBy("sort").execute();
  },
  async findRule(ex: Executor, code: string): Promise<LedgerRuleRow | undefined> {
    return ex.selectFrom("people_ledger_rules").selectAll().where("code", "=", code).executeTakeFirst();
  },
  async insertEntry(ex: Executor, row: LedgerEntryRow): Promise<void> {
    await ex.insertInto("people_ledger_entries").values(row).execute();
  },
  async findBySourceKey(ex: Executor, sourceKey: string): Promise<LedgerEntryRow | undefined> {
    return ex.selectFrom("people_ledger_entries").selectAll().where("source_key", "=", sourceKey).executeTakeFirst();
  },
  async findEntry(ex: Executor, id: string): Promise<LedgerEntryRow | undefined> {
    return ex.selectFrom("people_ledger_entries").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async updateEntry(ex: Executor, id: string, patch: Partial<Omit<LedgerEntryRow, "id">>): Promise<void> {
    await ex.updateTable("people_ledger_entries").set(patch).where("id", "=", id).execute();
  },
  /** Entries by person and/or units within [from, to] (dates inclusive), newest first. */
  async listEntries(ex: Executor, f: { userId?: string; orgUnitIds?: readonly string[]; from?: string; to?: string; ruleCode?: string; states?: readonly string[] }): Promise<LedgerEntryRow[]> {
    let q = ex.selectFrom("people_ledger_entries").selectAll();
    if (f.userId) q = q.where("user_id", "=", f.userId);
    if (f.orgUnitIds) {
      if (f.orgUnitIds.length === 0) return [];
      q = q.where("org_unit_id", "in", [...f.orgUnitIds]);
    }
    if (f.from) q = q.where("date", ">=", f.from);
    if (f.to) q = q.where("date", "<=", f.to);
    if (f.ruleCode) q = q.where("rule_code", "=", f.ruleCode);
    if (f.states) q = q.where("state", "in", [...f.states]);
    return q.orderBy("date", "desc").orderBy("created_at", "desc").execute();
  },
  /** Sum of APPROVED points per user in the units and date range (P-12/P-13; read by the quarterly run). */
  async totalsByUser(ex: Executor, f: LedgerRange): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (f.orgUnitIds.length === 0) return out;
    const rows = await ex
      .selectFrom("people_ledger_entries")
      .select(["user_id", (eb) => eb.fn.sum<number | string>("points").as("total")])
      .where("org_unit_id", "in", [...f.orgUnitIds])
      .where("date", ">=", f.from)
      .where("date", "<=", f.to)
      .where("state", "=", "approved")
      .groupBy("user_id")
      .execute();
    for (const r of rows) out.set(r.user_id, Number(r.total ?? 0));
    return out;
  },
  /** Users with an APPROVED entry in the range whose quarter score is 0 (seed 003 Art.107.5/.6/.10/.13). */
  async quarterZeroUsers(ex: Executor, f: LedgerRange): Promise<Set<string>> {
    if (f.orgUnitIds.length === 0) return new Set();
    const rows = await ex
      .selectFrom("people_ledger_entries")
      .select("user_id")
      .distinct()
      .where("org_unit_id", "in", [...f.orgUnitIds])
      .where("date", ">=", f.from)
      .where("date", "<=", f.to)
      .where("state", "=", "approved")
      .where("quarter_zero", "=", 1)
      .execute();
    return new Set(rows.map((r) => r.user_id));
  },
  /**
   * Users who lost annual-excellence eligibility in the range (seed 003 Art.106; Art.107 entries too),
   * one row per user: the earliest APPROVED entry that took it, with the rule's name as the reason.
   */
  async ineligibleUsers(ex: Executor, f: LedgerRange): Promise<IneligibleUser[]> {
    if (f.orgUnitIds.length === 0) return [];
    const rows = await ex
      .selectFrom("people_ledger_entries as e")
      .innerJoin("people_ledger_rules as r", "r.code", "e.rule_code")
      .select(["e.id", "e.user_id", "e.rule_code", "e.date", "r.article", "r.name_zh", "r.name_en"])
      .where("e.org_unit_id", "in", [...f.orgUnitIds])
      .where("e.date", ">=", f.from)
      .where("e.date", "<=", f.to)
      .where("e.state", "=", "approved")
      .where("e.loses_eligibility", "=", 1)
      .orderBy("e.date")
      .orderBy("e.created_at")
      .execute();
    const seen = new Map<string, IneligibleUser>();
    for (const r of rows) {
      if (!seen.has(r.user_id)) seen.set(r.user_id, { userId: r.user_id, entryId: r.id, ruleCode: r.rule_code, article: r.article, reasonZh: r.name_zh, reasonEn: r.name_en, date: r.date });
    }
    return [...seen.values()];
  },
};
