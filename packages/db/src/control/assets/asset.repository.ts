/** K-13 keys, alarm codes, fixed assets and hall equipment counts: SQL only, no rules. */
import type { Executor } from "../../shared/database.js";
import type { AssetHandoverTable, FixedAssetTable, HallCustodianRotaTable, HallEquipmentCountTable, KeyHandoverTable, KeyHoldingTable } from "./schema.js";

export type KeyHoldingRow = KeyHoldingTable & { holder_name: string | null };
export type KeyHandoverRow = KeyHandoverTable & { from_name: string | null; to_name: string; recorded_by_name: string };
export type FixedAssetRow = FixedAssetTable & { custodian_name: string };
export type AssetHandoverRow = AssetHandoverTable & { from_name: string | null; to_name: string };

export const assetRepository = {
  async insertKey(ex: Executor, row: KeyHoldingTable): Promise<void> {
    await ex.insertInto("key_holdings").values(row).execute();
  },
  async findKey(ex: Executor, id: string): Promise<KeyHoldingRow | undefined> {
    return ex.selectFrom("key_holdings").leftJoin("users as h", "h.id", "key_holdings.holder_id").selectAll("key_holdings").select("h.display_name as holder_name").where("key_holdings.id", "=", id).executeTakeFirst();
  },
  async listKeys(ex: Executor, counterIds: readonly string[]): Promise<KeyHoldingRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("key_holdings").leftJoin("users as h", "h.id", "key_holdings.holder_id").selectAll("key_holdings").select("h.display_name as holder_name").where("key_holdings.counter_id", "in", counterIds).orderBy("key_holdings.kind").orderBy("key_holdings.label").execute();
  },
  async setKeyHolder(ex: Executor, id: string, holderId: string, at: string): Promise<void> {
    await ex.updateTable("key_holdings").set({ holder_id: holderId, updated_at: at }).where("id", "=", id).execute();
  },
  async insertKeyHandover(ex: Executor, row: KeyHandoverTable): Promise<void> {
    await ex.insertInto("key_handovers").values(row).execute();
  },
  async keyHandovers(ex: Executor, keyIds: readonly string[]): Promise<KeyHandoverRow[]> {
    if (keyIds.length === 0) return [];
    return ex
      .selectFrom("key_handovers")
      .leftJoin("users as f", "f.id", "key_handovers.from_user_id")
      .innerJoin("users as t", "t.id", "key_handovers.to_user_id")
      .innerJoin("users as r", "r.id", "key_handovers.recorded_by")
      .selectAll("key_handovers")
      .select(["f.display_name as from_name", "t.display_name as to_name", "r.display_name as recorded_by_name"])
      .where("key_handovers.key_id", "in", keyIds)
      .orderBy("key_handovers.handed_at")
      .orderBy("key_handovers.id")
      .execute();
  },
  async keysHeldBy(ex: Executor, userId: string): Promise<KeyHoldingRow[]> {
    return ex.selectFrom("key_holdings").leftJoin("users as h", "h.id", "key_holdings.holder_id").selectAll("key_holdings").select("h.display_name as holder_name").where("key_holdings.holder_id", "=", userId).execute();
  },

  async insertAsset(ex: Executor, row: FixedAssetTable): Promise<void> {
    await ex.insertInto("fixed_assets").values(row).execute();
  },
  async findAsset(ex: Executor, id: string): Promise<FixedAssetRow | undefined> {
    return ex.selectFrom("fixed_assets").innerJoin("users as c", "c.id", "fixed_assets.custodian_id").selectAll("fixed_assets").select("c.display_name as custodian_name").where("fixed_assets.id", "=", id).executeTakeFirst();
  },
  async findAssetByNo(ex: Executor, counterId: string, assetNo: string): Promise<FixedAssetTable | undefined> {
    return ex.selectFrom("fixed_assets").selectAll().where("counter_id", "=", counterId).where("asset_no", "=", assetNo).executeTakeFirst();
  },
  async listAssets(ex: Executor, counterIds: readonly string[], f: { custodianId?: string | undefined; sharedHall?: boolean | undefined } = {}): Promise<FixedAssetRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("fixed_assets").innerJoin("users as c", "c.id", "fixed_assets.custodian_id").selectAll("fixed_assets").select("c.display_name as custodian_name").where("fixed_assets.counter_id", "in", counterIds);
    if (f.custodianId) q = q.where("fixed_assets.custodian_id", "=", f.custodianId);
    if (f.sharedHall !== undefined) q = q.where("fixed_assets.shared_hall", "=", f.sharedHall ? 1 : 0);
    return q.orderBy("fixed_assets.asset_no").limit(5000).execute();
  },
  async assetsHeldBy(ex: Executor, userId: string): Promise<FixedAssetRow[]> {
    return ex.selectFrom("fixed_assets").innerJoin("users as c", "c.id", "fixed_assets.custodian_id").selectAll("fixed_assets").select("c.display_name as custodian_name").where("fixed_assets.custodian_id", "=", userId).where("fixed_assets.status", "=", "active").orderBy("fixed_assets.asset_no").execute();
  },
  async setCustodian(ex: Executor, id: string, custodianId: string, at: string): Promise<void> {
    await ex.updateTable("fixed_assets").set({ custodian_id: custodianId, updated_at: at }).where("id", "=", id).execute();
  },
  async insertAssetHandover(ex: Executor, row: AssetHandoverTable): Promise<void> {
    await ex.insertInto("asset_handovers").values(row).execute();
  },
  async assetHandovers(ex: Executor, assetId: string): Promise<AssetHandoverRow[]> {
    return ex
      .selectFrom("asset_handovers")
      .leftJoin("users as f", "f.id", "asset_handovers.from_user_id")
      .innerJoin("users as t", "t.id", "asset_handovers.to_user_id")
      .selectAll("asset_handovers")
      .select(["f.display_name as from_name", "t.display_name as to_name"])
      .where("asset_handovers.asset_id", "=", assetId)
      .orderBy("asset_handovers.handed_at")
      .orderBy("asset_handovers.id")
      .execute();
  },

  async rota(ex: Executor, counterId: string): Promise<HallCustodianRotaTable | undefined> {
    return ex.selectFrom("hall_custodian_rotas").selectAll().where("counter_id", "=", counterId).executeTakeFirst();
  },
  async saveRota(ex: Executor, row: HallCustodianRotaTable): Promise<void> {
    const n = await ex.updateTable("hall_custodian_rotas").set({ start_date: row.start_date, user_ids: row.user_ids, updated_by: row.updated_by, updated_at: row.updated_at }).where("counter_id", "=", row.counter_id).executeTakeFirst();
    if (Number(n.numUpdatedRows) === 0) await ex.insertInto("hall_custodian_rotas").values(row).execute();
  },
  async insertHallCount(ex: Executor, row: HallEquipmentCountTable): Promise<void> {
    await ex.insertInto("hall_equipment_counts").values(row).execute();
  },
  /** The latest count of a counter's business date. */
  async latestHallCount(ex: Executor, counterId: string, date: string): Promise<HallEquipmentCountTable | undefined> {
    return ex.selectFrom("hall_equipment_counts").selectAll().where("counter_id", "=", counterId).where("business_date", "=", date).orderBy("counted_at", "desc").orderBy("id", "desc").executeTakeFirst();
  },
  async countHallAssets(ex: Executor, counterId: string): Promise<number> {
    const r = await ex.selectFrom("fixed_assets").select((eb) => eb.fn.countAll<number>().as("n")).where("counter_id", "=", counterId).where("shared_hall", "=", 1).where("status", "=", "active").executeTakeFirst();
    return Number(r?.n ?? 0);
  },
};
