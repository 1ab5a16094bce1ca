/** P-15 exits with their hand-over checklist: SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { PeopleExitTable } from "./schema.js";

export type StaffExitRow = PeopleExitTable;

export const staffExitRepository = {
  async findById(ex: Executor, id: string): Promise<StaffExitRow | undefined> {
    return ex.selectFrom("people_exits").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findOpenOfUser(ex: Executor, userId: string): Promise<StaffExitRow | undefined> {
    return ex.selectFrom("people_exits").selectAll().where("user_id", "=", userId).where("state", "=", "open").executeTakeFirst();
  },
  async listByUnits(ex: Executor, unitIds: readonly string[], state?: string): Promise<StaffExitRow[]> {
    if (unitIds.length === 0) return [];
    let q = ex.selectFrom("people_exits").selectAll().where("org_unit_id", "in", unitIds);
    if (state) q = q.where("state", "=", state);
    return q.orderBy("last_day").limit(2000).execute();
  },
  /** K-02 seals and controlled documents still in the person's custody (must come back before exit). */
  async countHeldItems(ex: Executor, userId: string): Promise<number> {
    const r = await ex.selectFrom("control_items").select((eb) => eb.fn.countAll<number>().as("n")).where("custodian_id", "=", userId).where("status", "=", "active").executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async insert(ex: Executor, row: StaffExitRow): Promise<void> {
    await ex.insertInto("people_exits").values(row).execute();
  },
  async update(ex: Executor, id: string, patch: Partial<Pick<StaffExitRow, "checklist" | "state" | "closed_by" | "closed_at">>): Promise<void> {
    await ex.updateTable("people_exits").set(patch).where("id", "=", id).execute();
  },
};
