/** A K-05 write-off list as the API shows it (print data: counter and preparer by name, two copies). */
import { type Executor, type WriteOffListRow, orgUnitRepository } from "@ccms/db";
import { usersByIds } from "../../../daily-ops/staff-in-scope.js";
import { parseJson } from "../../../daily-ops/parse-json.js";

export type WriteOffLine = { itemId?: string; docType: string; serial: string; businessRef?: string; amountFen?: number; note?: string };

export async function presentWriteOffs(ex: Executor, rows: readonly WriteOffListRow[]) {
  const names = await usersByIds(ex, rows.map((r) => r.prepared_by));
  const units = await orgUnitRepository.findByIds(ex, [...new Set(rows.map((r) => r.counter_id))]);
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    counterName: units.find((u) => u.id === r.counter_id)?.name ?? null,
    listNo: r.list_no,
    reason: r.reason,
    lines: parseJson<WriteOffLine[]>(r.lines, []),
    copies: 2 as const,
    copyLabels: ["第一联 柜面留存", "第二联 财务/单证管理"],
    preparedById: r.prepared_by,
    preparedByName: names.get(r.prepared_by)?.displayName ?? null,
    createdAt: r.created_at,
  }));
}
