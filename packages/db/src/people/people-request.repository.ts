/** P-06…P-10 leave and swap requests: SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { PeopleRequestTable } from "./schema.js";

export type PeopleRequestRow = PeopleRequestTable;
const OPEN_STATES = ["pending", "approved"] as const;

export const peopleRequestRepository = {
  async findById(ex: Executor, id: string): Promise<PeopleRequestRow | undefined> {
    return ex.selectFrom("people_requests").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async insert(ex: Executor, row: PeopleRequestRow): Promise<void> {
    await ex.insertInto("people_requests").values(row).execute();
  },
  async update(ex: Executor, id: string, patch: Partial<Pick<PeopleRequestRow, "steps" | "state" | "decided_at" | "leave_period_id">>): Promise<void> {
    await ex.updateTable("people_requests").set(patch).where("id", "=", id).execute();
  },
  async list(ex: Executor, f: { unitIds?: readonly string[]; userId?: string; state?: string; limit?: number }): Promise<PeopleRequestRow[]> {
    let q = ex.selectFrom("people_requests").selectAll();
    if (f.unitIds) {
      if (f.unitIds.length === 0) return [];
      q = q.where("org_unit_id", "in", f.unitIds);
    }
    if (f.userId) q = q.where("user_id", "=", f.userId);
    if (f.state) q = q.where("state", "=", f.state);
    return q.orderBy("created_at", "desc").limit(f.limit ?? 2000).execute();
  },
  /** Pending or approved leave of one person overlapping [from, to]. */
  async countOwnLeaveOverlapping(ex: Executor, userId: string, from: string, to: string): Promise<number> {
    const r = await ex
      .selectFrom("people_requests")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("user_id", "=", userId)
      .where("kind", "=", "leave")
      .where("state", "in", OPEN_STATES)
      .where("date_from", "<=", to)
      .where("date_to", ">=", from)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  /** Other people's annual leave of a unit overlapping [from, to], by state. */
  async annualLeaveOverlapping(ex: Executor, orgUnitId: string, exceptUserId: string, from: string, to: string): Promise<{ approved: number; pending: number }> {
    const rows = await ex
      .selectFrom("people_requests")
      .select("state")
      .where("org_unit_id", "=", orgUnitId)
      .where("kind", "=", "leave")
      .where("leave_kind", "=", "annual")
      .where("user_id", "!=", exceptUserId)
      .where("state", "in", OPEN_STATES)
      .where("date_from", "<=", to)
      .where("date_to", ">=", from)
      .execute();
    return { approved: rows.filter((r) => r.state === "approved").length, pending: rows.filter((r) => r.state === "pending").length };
  },
  /** A person's swaps (pending or approved) dated within [monthStart, monthEnd]. */
  async countSwapsInMonth(ex: Executor, userId: string, monthStart: string, monthEnd: string): Promise<number> {
    const r = await ex
      .selectFrom("people_requests")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("user_id", "=", userId)
      .where("kind", "=", "swap")
      .where("state", "in", OPEN_STATES)
      .where("date_from", ">=", monthStart)
      .where("date_from", "<=", monthEnd)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
};
