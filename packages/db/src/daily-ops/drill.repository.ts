/** D-09 drills, risk reviews and warnings (SQL only, no rules). */
import type { Executor } from "../shared/database.js";
import type { DrillTable } from "./schema.js";

export type DrillRow = DrillTable;

export const drillRepository = {
  async insert(ex: Executor, row: DrillRow): Promise<void> {
    await ex.insertInto("emergency_drills").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<DrillRow | undefined> {
    return ex.selectFrom("emergency_drills").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** The register: latest date first. */
  async listLatest(ex: Executor, f: { counterIds: readonly string[]; from?: string | undefined; to?: string | undefined }): Promise<DrillRow[]> {
    if (f.counterIds.length === 0) return [];
    let q = ex.selectFrom("emergency_drills").selectAll().where("counter_id", "in", [...f.counterIds]);
    if (f.from) q = q.where("date", ">=", f.from);
    if (f.to) q = q.where("date", "<=", f.to);
    return q.orderBy("date", "desc").orderBy("id", "desc").execute();
  },
};
