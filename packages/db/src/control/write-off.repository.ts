/** K-05 manual write-off lists (made in duplicate). SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { WriteOffListTable } from "./registers.schema.js";

export type WriteOffListRow = WriteOffListTable;

export const writeOffRepository = {
  async insert(ex: Executor, row: WriteOffListRow): Promise<void> {
    await ex.insertInto("write_off_lists").values(row).execute();
  },

  async findById(ex: Executor, id: string): Promise<WriteOffListRow | undefined> {
    return ex.selectFrom("write_off_lists").selectAll().where("id", "=", id).executeTakeFirst();
  },

  /** Lists at these counters, newest first. */
  async listAtCounters(ex: Executor, counterIds: readonly string[]): Promise<WriteOffListRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("write_off_lists").selectAll().where("counter_id", "in", [...counterIds]).orderBy("created_at", "desc").orderBy("id", "desc").execute();
  },

  /** Lists at a counter whose number carries this day (`-YYYYMMDD-`): the day's sequence so far. */
  async countOnDay(ex: Executor, counterId: string, day: string): Promise<number> {
    const r = await ex
      .selectFrom("write_off_lists")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("counter_id", "=", counterId)
      .where("list_no", "like", `%-${day}-%`)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
};
