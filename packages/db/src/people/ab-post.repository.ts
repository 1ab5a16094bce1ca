/** P-09 AB posts of a unit: SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { PeopleAbPostTable } from "./schema.js";

export type AbPostRow = PeopleAbPostTable;

export const abPostRepository = {
  async listByUnit(ex: Executor, orgUnitId: string): Promise<AbPostRow[]> {
    return ex.selectFrom("people_ab_posts").selectAll().where("org_unit_id", "=", orgUnitId).orderBy("post").execute();
  },
  async findByPost(ex: Executor, orgUnitId: string, post: string): Promise<AbPostRow | undefined> {
    return ex.selectFrom("people_ab_posts").selectAll().where("org_unit_id", "=", orgUnitId).where("post", "=", post).executeTakeFirst();
  },
  async insert(ex: Executor, row: AbPostRow): Promise<void> {
    await ex.insertInto("people_ab_posts").values(row).execute();
  },
  /** People with pending or approved leave overlapping [from, to]. */
  async awayBetween(ex: Executor, userIds: readonly string[], from: string, to: string): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await ex
      .selectFrom("people_requests")
      .select("user_id")
      .where("user_id", "in", userIds)
      .where("kind", "=", "leave")
      .where("state", "in", ["pending", "approved"])
      .where("date_from", "<=", to)
      .where("date_to", ">=", from)
      .execute();
    return [...new Set(rows.map((r) => r.user_id))];
  },
};
