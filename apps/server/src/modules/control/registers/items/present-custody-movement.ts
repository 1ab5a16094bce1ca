/** A custody movement as the API shows it ("已清点" when counted). */
import { COUNTED_MARK } from "@ccms/core";
import type { CustodyMovementRow } from "@ccms/db";

export function presentCustodyMovements(rows: readonly CustodyMovementRow[]) {
  return rows.map((m) => ({
    id: m.id,
    itemId: m.item_id,
    kind: m.kind,
    fromUserId: m.from_user_id,
    toUserId: m.to_user_id,
    counted: m.counted === 1,
    countedMark: m.counted === 1 ? COUNTED_MARK : null,
    serialFrom: m.serial_from,
    serialTo: m.serial_to,
    note: m.note,
    byId: m.by_id,
    at: m.at,
  }));
}
