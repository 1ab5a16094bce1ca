/** A K-02 hand-back as the API shows it (person by name, "已清点" when counted). */
import { COUNTED_MARK } from "@ccms/core";
import type { Executor, HandBackRow } from "@ccms/db";
import { usersByIds } from "../../../daily-ops/staff-in-scope.js";

export async function presentHandBacks(ex: Executor, rows: readonly HandBackRow[]) {
  const names = await usersByIds(ex, rows.map((r) => r.user_id));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    leaveId: r.leave_id,
    userId: r.user_id,
    userName: names.get(r.user_id)?.displayName ?? null,
    dueDate: r.due_date,
    status: r.status,
    itemIds: JSON.parse(r.item_ids) as string[],
    receivedById: r.received_by,
    countedMark: r.counted === 1 ? COUNTED_MARK : null,
    doneAt: r.done_at,
    createdAt: r.created_at,
  }));
}
