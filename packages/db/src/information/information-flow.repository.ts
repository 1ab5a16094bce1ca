/** I-02 customer information entries and weekly consolidations (migration 015b): SQL only. */
import type { Executor } from "../shared/database.js";
import type { InfoConsolidationTable, InfoEntryTable } from "./schema.js";

export type InfoEntryRow = InfoEntryTable;
export type InfoConsolidationRow = InfoConsolidationTable;

export const infoEntryRepository = {
  async insert(ex: Executor, row: InfoEntryRow): Promise<void> {
    await ex.insertInto("info_entries").values(row).execute();
  },
  async listForUnit(ex: Executor, orgUnitId: string, from: string, to: string): Promise<InfoEntryRow[]> {
    return ex.selectFrom("info_entries").selectAll().where("org_unit_id", "=", orgUnitId).where("business_date", ">=", from).where("business_date", "<=", to).orderBy("recorded_at").orderBy("id").execute();
  },
  async attach(ex: Executor, ids: readonly string[], consolidationId: string): Promise<void> {
    if (ids.length === 0) return;
    await ex.updateTable("info_entries").set({ consolidation_id: consolidationId }).where("id", "in", ids).execute();
  },
};

export const infoConsolidationRepository = {
  async insert(ex: Executor, row: InfoConsolidationRow): Promise<void> {
    await ex.insertInto("info_consolidations").values(row).execute();
  },
  async findById(ex: Executor, id: string): Promise<InfoConsolidationRow | undefined> {
    return ex.selectFrom("info_consolidations").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findWeek(ex: Executor, orgUnitId: string, weekFrom: string): Promise<InfoConsolidationRow | undefined> {
    return ex.selectFrom("info_consolidations").selectAll().where("org_unit_id", "=", orgUnitId).where("week_from", "=", weekFrom).executeTakeFirst();
  },
  /** Consolidations of the units of a subtree, newest week first. */
  async listInSubtree(ex: Executor, unitPath: string, limit: number): Promise<InfoConsolidationRow[]> {
    return ex
      .selectFrom("info_consolidations")
      .selectAll("info_consolidations")
      .where("org_unit_id", "in", ex.selectFrom("org_units").select("org_units.id").where("org_units.path", "like", `${unitPath}%`))
      .orderBy("week_from", "desc")
      .orderBy("id")
      .limit(limit)
      .execute();
  },
  /** Move to the next state only from the expected one: true when this call did it. */
  async transition(ex: Executor, id: string, expected: string, patch: Partial<Omit<InfoConsolidationRow, "id">>): Promise<boolean> {
    const r = await ex.updateTable("info_consolidations").set(patch).where("id", "=", id).where("state", "=", expected).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};
