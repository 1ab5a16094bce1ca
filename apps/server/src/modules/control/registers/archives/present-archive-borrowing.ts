/** A K-11 borrowing as the API shows it (borrower by name, overdue in the counter's local date). */
import { isArchiveOverdue, localDateOf } from "@ccms/core";
import type { ArchiveBorrowingResponse } from "@ccms/contracts";
import { type ArchiveBorrowingRow, type Executor, orgUnitRepository } from "@ccms/db";
import { usersByIds } from "../../../daily-ops/staff-in-scope.js";

export async function presentArchiveBorrowings(ex: Executor, rows: readonly ArchiveBorrowingRow[], now: Date): Promise<ArchiveBorrowingResponse[]> {
  const names = await usersByIds(ex, rows.map((r) => r.borrower_id));
  const units = await orgUnitRepository.findByIds(ex, [...new Set(rows.map((r) => r.counter_id))]);
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    archiveRef: r.archive_ref,
    title: r.title,
    borrowerId: r.borrower_id,
    borrowerName: names.get(r.borrower_id)?.displayName ?? null,
    purpose: r.purpose,
    dueDate: r.due_date,
    status: r.status,
    decidedById: r.decided_by,
    decisionNote: r.decision_note,
    lentAt: r.lent_at,
    returnedAt: r.returned_at,
    returnNote: r.return_note,
    overdue: isArchiveOverdue(r.status, r.due_date, localDateOf(now, units.find((u) => u.id === r.counter_id)?.timeZone ?? "Asia/Shanghai")),
    createdAt: r.created_at,
  }));
}
