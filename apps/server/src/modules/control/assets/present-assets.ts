/** K-13 keys and assets as the API shows them: names, not ids. */
import type { AssetHandoverRow, Executor, FixedAssetRow, KeyHoldingRow } from "@ccms/db";
import { assetRepository } from "@ccms/db";
import type { FixedAssetView, KeyHoldingView } from "@ccms/contracts";

export async function presentKeys(ex: Executor, rows: readonly KeyHoldingRow[]): Promise<KeyHoldingView[]> {
  const handovers = await assetRepository.keyHandovers(ex, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    kind: r.kind,
    label: r.label,
    holderId: r.holder_id,
    holderName: r.holder_name,
    handovers: handovers.filter((h) => h.key_id === r.id).map((h) => ({ id: h.id, fromName: h.from_name, toName: h.to_name, note: h.note, handedAt: h.handed_at, recordedByName: h.recorded_by_name })),
  }));
}

function handoverView(h: AssetHandoverRow) {
  return { id: h.id, fromName: h.from_name, toName: h.to_name, reason: h.reason, note: h.note, handedAt: h.handed_at };
}

export async function presentAssets(ex: Executor, rows: readonly FixedAssetRow[], withHistory = true): Promise<FixedAssetView[]> {
  const out: FixedAssetView[] = [];
  for (const r of rows) {
    out.push({
      id: r.id,
      counterId: r.counter_id,
      assetNo: r.asset_no,
      name: r.name,
      category: r.category,
      location: r.location,
      quantity: r.quantity,
      custodianId: r.custodian_id,
      custodianName: r.custodian_name,
      sharedHall: r.shared_hall === 1,
      status: r.status,
      handovers: withHistory ? (await assetRepository.assetHandovers(ex, r.id)).map(handoverView) : [],
    });
  }
  return out;
}
