/** D-07 shift handovers (SQL only, no rules). */
import type { HandoverStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { ShiftHandoverTable } from "./schema.js";

export type HandoverRow = ShiftHandoverTable;

export const handoverRepository = {
  async insert(ex: Executor, row: HandoverRow): Promise<void> {
    await ex.insertInto("shift_handovers").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<HandoverRow | undefined> {
    return ex.selectFrom("shift_handovers").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** The register: newest first, at most 1000 rows. */
  async listLatest(ex: Executor, f: { counterIds: readonly string[]; from?: string | undefined; to?: string | undefined; status?: HandoverStatus | undefined }): Promise<HandoverRow[]> {
    if (f.counterIds.length === 0) return [];
    let q = ex.selectFrom("shift_handovers").selectAll().where("counter_id", "in", [...f.counterIds]);
    if (f.from) q = q.where("business_date", ">=", f.from);
    if (f.to) q = q.where("business_date", "<=", f.to);
    if (f.status) q = q.where("status", "=", f.status);
    return q.orderBy("created_at", "desc").limit(1000).execute();
  },
  listOfDay(ex: Executor, counterId: string, businessDate: string): Promise<HandoverRow[]> {
    return ex.selectFrom("shift_handovers").selectAll().where("counter_id", "=", counterId).where("business_date", "=", businessDate).orderBy("id").execute();
  },
  /** Confirm a pending handover; false when it was confirmed meanwhile. */
  async confirmPending(ex: Executor, id: string, c: { note: string | null; confirmedAt: string }): Promise<boolean> {
    const r = await ex
      .updateTable("shift_handovers")
      .set({ status: "confirmed", confirm_note: c.note, confirmed_at: c.confirmedAt })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};
