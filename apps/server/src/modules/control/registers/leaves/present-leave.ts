/** A leave as the API shows it (person by name, its K-02 hand-back if any). */
import { type Executor, type LeavePeriodRow, handBackRepository } from "@ccms/db";
import { usersByIds } from "../../../daily-ops/staff-in-scope.js";

export async function presentLeaves(ex: Executor, rows: readonly LeavePeriodRow[]) {
  const names = await usersByIds(ex, rows.map((r) => r.user_id));
  const hbs = await handBackRepository.listForLeaves(ex, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userName: names.get(r.user_id)?.displayName ?? null,
    orgUnitId: r.org_unit_id,
    from: r.date_from,
    to: r.date_to,
    kind: r.kind,
    approved: r.approved === 1,
    workingDays: r.working_days,
    note: r.note,
    handBackId: hbs.find((h) => h.leave_id === r.id)?.id ?? null,
    createdAt: r.created_at,
  }));
}
