/** K-11 archive borrowings: request → approval → lend → return. SQL only, no rules. */
import type { ArchiveBorrowingStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { ArchiveBorrowingTable } from "./registers.schema.js";

export type ArchiveBorrowingRow = ArchiveBorrowingTable;
export type ArchiveBorrowingPatch = Partial<Pick<ArchiveBorrowingTable, "decided_by" | "decision_note" | "lent_at" | "returned_at" | "return_note">>;

export const archiveBorrowingRepository = {
  async insert(ex: Executor, row: ArchiveBorrowingRow): Promise<void> {
    await ex.insertInto("archive_borrowings").values(row).execute();
  },

  async findById(ex: Executor, id: string): Promise<ArchiveBorrowingRow | undefined> {
    return ex.selectFrom("archive_borrowings").selectAll().where("id", "=", id).executeTakeFirst();
  },

  /** Borrowings of one archive at a counter (is it out?). */
  async listOfArchive(ex: Executor, counterId: string, archiveRef: string): Promise<ArchiveBorrowingRow[]> {
    return ex.selectFrom("archive_borrowings").selectAll().where("counter_id", "=", counterId).where("archive_ref", "=", archiveRef).orderBy("id").execute();
  },

  /** Borrowings at these counters, earliest due first. */
  async listAtCounters(ex: Executor, counterIds: readonly string[], f: { status?: ArchiveBorrowingStatus | undefined } = {}): Promise<ArchiveBorrowingRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("archive_borrowings").selectAll().where("counter_id", "in", [...counterIds]);
    if (f.status !== undefined) q = q.where("status", "=", f.status);
    return q.orderBy("due_date").orderBy("id").execute();
  },

  /** Move to `to` only while still in `from`. Returns the rows changed (0: it moved meanwhile). */
  async transition(ex: Executor, id: string, from: ArchiveBorrowingStatus, to: ArchiveBorrowingStatus, patch: ArchiveBorrowingPatch): Promise<number> {
    const r = await ex.updateTable("archive_borrowings").set({ ...patch, status: to }).where("id", "=", id).where("status", "=", from).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
