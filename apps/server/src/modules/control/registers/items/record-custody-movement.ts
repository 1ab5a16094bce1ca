/** One counted (or not) custody movement of an item, in the caller's transaction. */
import type { CustodyMovementKind } from "@ccms/core";
import { type Executor, controlItemRepository } from "@ccms/db";
import { ulid } from "ulid";

export interface CustodyMovementInput {
  itemId: string;
  counterId: string;
  kind: CustodyMovementKind;
  from: string | null;
  to: string | null;
  counted: boolean;
  serialFrom?: string | null | undefined;
  serialTo?: string | null | undefined;
  note?: string | null | undefined;
  by: string;
  at: Date;
}

export async function recordCustodyMovement(tx: Executor, m: CustodyMovementInput): Promise<void> {
  await controlItemRepository.insertMovement(tx, {
    id: ulid(),
    item_id: m.itemId,
    counter_id: m.counterId,
    kind: m.kind,
    from_user_id: m.from,
    to_user_id: m.to,
    counted: m.counted ? 1 : 0,
    serial_from: m.serialFrom ?? null,
    serial_to: m.serialTo ?? null,
    note: m.note ?? null,
    by_id: m.by,
    at: m.at.toISOString(),
  });
}
