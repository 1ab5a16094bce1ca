/** K-02 hand-backs before a leave of more than one working day. SQL only, no rules. */
import type { HandBackStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { HandBackTable } from "./registers.schema.js";

export type HandBackRow = HandBackTable;
export type HandBackDone = Pick<HandBackTable, "item_ids" | "received_by" | "done_at">;

export const handBackRepository = {
  async insert(ex: Executor, row: HandBackRow): Promise<void> {
    await ex.insertInto("hand_backs").values(row).execute();
  },

  async findById(ex: Executor, id: string): Promise<HandBackRow | undefined> {
    return ex.selectFrom("hand_backs").selectAll().where("id", "=", id).executeTakeFirst();
  },

  async listForLeaves(ex: Executor, leaveIds: readonly string[]): Promise<HandBackRow[]> {
    if (leaveIds.length === 0) return [];
    return ex.selectFrom("hand_backs").selectAll().where("leave_id", "in", [...leaveIds]).orderBy("id").execute();
  },

  /** Hand-backs at these counters (optionally in one status), earliest due first. */
  async listAtCounters(ex: Executor, counterIds: readonly string[], f: { status?: HandBackStatus | undefined } = {}): Promise<HandBackRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("hand_backs").selectAll().where("counter_id", "in", [...counterIds]);
    if (f.status !== undefined) q = q.where("status", "=", f.status);
    return q.orderBy("due_date").orderBy("id").execute();
  },

  /** Done, counted: only while still pending. Returns the rows changed (0: it was not pending). */
  async markDoneIfPending(ex: Executor, id: string, done: HandBackDone): Promise<number> {
    const r = await ex
      .updateTable("hand_backs")
      .set({ status: "done", counted: 1, item_ids: done.item_ids, received_by: done.received_by, done_at: done.done_at })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
