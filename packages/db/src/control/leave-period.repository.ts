/** The leave register (seam for the people module; K-02, D-06). SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { LeavePeriodTable } from "./registers.schema.js";

export type LeavePeriodRow = LeavePeriodTable;

export const leavePeriodRepository = {
  async insert(ex: Executor, row: LeavePeriodRow): Promise<void> {
    await ex.insertInto("leave_periods").values(row).execute();
  },

  async findById(ex: Executor, id: string): Promise<LeavePeriodRow | undefined> {
    return ex.selectFrom("leave_periods").selectAll().where("id", "=", id).executeTakeFirst();
  },

  /** A person's leaves that overlap [from, to] (dates, both ends included). */
  async findOverlapping(ex: Executor, userId: string, from: string, to: string): Promise<LeavePeriodRow | undefined> {
    return ex.selectFrom("leave_periods").selectAll().where("user_id", "=", userId).where("date_from", "<=", to).where("date_to", ">=", from).orderBy("id").executeTakeFirst();
  },

  /** An approved leave of a person covering a date (D-06 off duty). */
  async findApprovedCovering(ex: Executor, userId: string, date: string): Promise<LeavePeriodRow | undefined> {
    return ex.selectFrom("leave_periods").selectAll().where("user_id", "=", userId).where("approved", "=", 1).where("date_from", "<=", date).where("date_to", ">=", date).executeTakeFirst();
  },

  /** Leaves recorded at these units (optionally of one person), latest start first. */
  async listAtUnits(ex: Executor, unitIds: readonly string[], f: { userId?: string | undefined } = {}): Promise<LeavePeriodRow[]> {
    if (unitIds.length === 0) return [];
    let q = ex.selectFrom("leave_periods").selectAll().where("org_unit_id", "in", [...unitIds]);
    if (f.userId !== undefined) q = q.where("user_id", "=", f.userId);
    return q.orderBy("date_from", "desc").orderBy("id", "desc").execute();
  },

  /** Approved leaves recorded at these units. */
  async listApprovedAtUnits(ex: Executor, unitIds: readonly string[]): Promise<LeavePeriodRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("leave_periods").selectAll().where("org_unit_id", "in", [...unitIds]).where("approved", "=", 1).orderBy("id").execute();
  },
};
