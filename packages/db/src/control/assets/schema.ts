/** K-13 keys, alarm codes, fixed assets, hall custodian rota and counts (migration 022). */
export interface KeyHoldingTable {
  id: string;
  counter_id: string;
  kind: "main_door_key" | "auto_door_key" | "alarm_code";
  label: string;
  holder_id: string | null;
  created_at: string;
  updated_at: string;
}
export interface KeyHandoverTable {
  id: string;
  key_id: string;
  counter_id: string;
  from_user_id: string | null;
  to_user_id: string;
  note: string | null;
  handed_at: string;
  recorded_by: string;
}
export interface FixedAssetTable {
  id: string;
  counter_id: string;
  asset_no: string;
  name: string;
  category: string | null;
  location: string | null;
  quantity: number;
  custodian_id: string;
  shared_hall: number;
  status: "active" | "disposed";
  created_by: string;
  created_at: string;
  updated_at: string;
}
export interface AssetHandoverTable {
  id: string;
  asset_id: string;
  counter_id: string;
  from_user_id: string | null;
  to_user_id: string;
  reason: "move" | "exit" | "rotation" | "other";
  note: string | null;
  handed_at: string;
  recorded_by: string;
}
export interface HallCustodianRotaTable {
  counter_id: string;
  start_date: string;
  /** JSON string[] in rotation order */
  user_ids: string;
  updated_by: string;
  updated_at: string;
}
export interface HallEquipmentCountTable {
  id: string;
  counter_id: string;
  business_date: string;
  custodian_id: string;
  /** JSON HallCountLine[] */
  lines: string;
  short_count: number;
  counted_by: string;
  counted_at: string;
}
export interface AssetTables {
  key_holdings: KeyHoldingTable;
  key_handovers: KeyHandoverTable;
  fixed_assets: FixedAssetTable;
  asset_handovers: AssetHandoverTable;
  hall_custodian_rotas: HallCustodianRotaTable;
  hall_equipment_counts: HallEquipmentCountTable;
}
