/** D-10 lost property register (SQL only, no rules). */
import type { LostPropertyStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { LostPropertyTable } from "./schema.js";

export type LostPropertyRow = LostPropertyTable;

export const lostPropertyRepository = {
  async insert(ex: Executor, row: LostPropertyRow): Promise<void> {
    await ex.insertInto("lost_property").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<LostPropertyRow | undefined> {
    return ex.selectFrom("lost_property").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** The register: latest found first, at most 1000 rows. */
  async listLatest(ex: Executor, f: { counterIds: readonly string[]; status?: LostPropertyStatus | undefined }): Promise<LostPropertyRow[]> {
    if (f.counterIds.length === 0) return [];
    let q = ex.selectFrom("lost_property").selectAll().where("counter_id", "in", [...f.counterIds]);
    if (f.status) q = q.where("status", "=", f.status);
    return q.orderBy("found_at", "desc").limit(1000).execute();
  },
  /** Hand a kept item back; false when it was returned meanwhile. */
  async markReturned(ex: Executor, id: string, r: { returnedTo: string; identityNote: string | null; note: string | null; returnedAt: string }): Promise<boolean> {
    const u = await ex
      .updateTable("lost_property")
      .set({ status: "returned", returned_to: r.returnedTo, identity_note: r.identityNote, note: r.note, returned_at: r.returnedAt })
      .where("id", "=", id)
      .where("status", "=", "kept")
      .executeTakeFirst();
    return Number(u.numUpdatedRows) > 0;
  },
};
