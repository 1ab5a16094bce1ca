/** C-21 follow-throughs (referrals, violation leads) and settlements of a ruling: SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { CaseFollowThroughTable, CaseSettlementTable } from "./follow-through-schema.js";

export type FollowThroughRow = CaseFollowThroughTable;
export type SettlementRow = CaseSettlementTable;

export const followThroughRepository = {
  async insert(ex: Executor, row: FollowThroughRow): Promise<void> {
    await ex.insertInto("case_follow_throughs").values(row).execute();
  },
  async find(ex: Executor, id: string): Promise<FollowThroughRow | undefined> {
    return ex.selectFrom("case_follow_throughs").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async listOfCase(ex: Executor, caseId: string): Promise<FollowThroughRow[]> {
    return ex.selectFrom("case_follow_throughs").selectAll().where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute();
  },
  /** Follow-throughs of cases of units under `scopePath`, optionally handed over within [from, to]. */
  async listUnder(ex: Executor, scopePath: string, range?: { from: string; to: string }): Promise<FollowThroughRow[]> {
    let q = ex
      .selectFrom("case_follow_throughs")
      .innerJoin("org_units", "org_units.id", "case_follow_throughs.org_unit_id")
      .selectAll("case_follow_throughs")
      .where("org_units.path", "like", `${scopePath}%`);
    if (range) q = q.where("case_follow_throughs.received_on", ">=", range.from).where("case_follow_throughs.received_on", "<=", range.to);
    return q.orderBy("case_follow_throughs.due_date").orderBy("case_follow_throughs.id").limit(5000).execute();
  },
  async reply(ex: Executor, id: string, patch: { reply: string; replied_by: string; replied_at: string; replied_on: string }): Promise<void> {
    await ex.updateTable("case_follow_throughs").set({ ...patch, state: "replied" }).where("id", "=", id).execute();
  },
  async insertSettlement(ex: Executor, row: SettlementRow): Promise<void> {
    await ex.insertInto("case_settlements").values(row).execute();
  },
  async settlementsOfCase(ex: Executor, caseId: string): Promise<SettlementRow[]> {
    return ex.selectFrom("case_settlements").selectAll().where("case_id", "=", caseId).orderBy("recorded_at").orderBy("kind").orderBy("id").execute();
  },
  async settlementsUnder(ex: Executor, scopePath: string, range: { from: string; to: string }): Promise<SettlementRow[]> {
    return ex
      .selectFrom("case_settlements")
      .innerJoin("org_units", "org_units.id", "case_settlements.org_unit_id")
      .selectAll("case_settlements")
      .where("org_units.path", "like", `${scopePath}%`)
      .where("case_settlements.recorded_at", ">=", range.from)
      .where("case_settlements.recorded_at", "<", range.to)
      .orderBy("case_settlements.recorded_at")
      .limit(5000)
      .execute();
  },
};
