/** A seal or document batch as the API shows it (custodian by name). */
import type { ControlItemResponse } from "@ccms/contracts";
import type { ControlItemRow, Executor } from "@ccms/db";
import { usersByIds } from "../../../daily-ops/staff-in-scope.js";

export async function presentControlItems(ex: Executor, rows: readonly ControlItemRow[]): Promise<ControlItemResponse[]> {
  const names = await usersByIds(ex, rows.map((r) => r.custodian_id ?? ""));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    kind: r.kind,
    itemType: r.item_type,
    name: r.name,
    prefix: r.prefix,
    serialFrom: r.serial_from,
    serialTo: r.serial_to,
    quantity: r.quantity,
    custodianId: r.custodian_id,
    custodianName: r.custodian_id ? (names.get(r.custodian_id)?.displayName ?? null) : null,
    inSafe: r.in_safe === 1,
    status: r.status,
    parentId: r.parent_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
