/** Corrective actions from inspections, findings and AML self-inspections. SQL only, no rules. */
import type { CorrectiveActionSource, CorrectiveActionStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { CorrectiveActionTable } from "./registers.schema.js";

export type CorrectiveActionRow = CorrectiveActionTable;

export interface CorrectiveActionFilter {
  status?: CorrectiveActionStatus | undefined;
  ownerId?: string | undefined;
  source?: CorrectiveActionSource | undefined;
}

export const correctiveActionRepository = {
  async insert(ex: Executor, row: CorrectiveActionRow): Promise<void> {
    await ex.insertInto("corrective_actions").values(row).execute();
  },

  async findById(ex: Executor, id: string): Promise<CorrectiveActionRow | undefined> {
    return ex.selectFrom("corrective_actions").selectAll().where("id", "=", id).executeTakeFirst();
  },

  /** Actions at these counters, earliest due first. */
  async listAtCounters(ex: Executor, counterIds: readonly string[], f: CorrectiveActionFilter = {}): Promise<CorrectiveActionRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("corrective_actions").selectAll().where("counter_id", "in", [...counterIds]);
    if (f.status !== undefined) q = q.where("status", "=", f.status);
    if (f.ownerId !== undefined) q = q.where("owner_id", "=", f.ownerId);
    if (f.source !== undefined) q = q.where("source", "=", f.source);
    return q.orderBy("due_date").orderBy("id").execute();
  },

  /** Actions raised by these source records (an inspection's items …). */
  async listForSources(ex: Executor, source: CorrectiveActionSource, sourceIds: readonly string[]): Promise<CorrectiveActionRow[]> {
    if (sourceIds.length === 0) return [];
    return ex.selectFrom("corrective_actions").selectAll().where("source", "=", source).where("source_id", "in", [...sourceIds]).orderBy("id").execute();
  },

  /** Done by the owner: only while open. Returns the rows changed. */
  async completeIfOpen(ex: Executor, id: string, done: Pick<CorrectiveActionTable, "resolution_note" | "photos" | "done_at">): Promise<number> {
    const r = await ex
      .updateTable("corrective_actions")
      .set({ status: "done", resolution_note: done.resolution_note, photos: done.photos, done_at: done.done_at })
      .where("id", "=", id)
      .where("status", "=", "open")
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  /** Verified by a manager: only while done. Returns the rows changed. */
  async verifyIfDone(ex: Executor, id: string, verifiedBy: string): Promise<number> {
    const r = await ex.updateTable("corrective_actions").set({ status: "verified", verified_by: verifiedBy }).where("id", "=", id).where("status", "=", "done").executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
