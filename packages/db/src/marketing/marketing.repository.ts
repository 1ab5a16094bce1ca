/** M-01 duty plan, duty log, marketing register and submissions. SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { MarketingDutyLogTable, MarketingDutySlotTable, MarketingLeadTable, MarketingSubmissionTable } from "./schema.js";

export type MarketingSubmissionRow = MarketingSubmissionTable & { counter_name: string };

export const marketingRepository = {
  async insertSlot(ex: Executor, row: MarketingDutySlotTable): Promise<void> {
    await ex.insertInto("marketing_duty_slots").values(row).execute();
  },
  async findSlot(ex: Executor, id: string): Promise<MarketingDutySlotTable | undefined> {
    return ex.selectFrom("marketing_duty_slots").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async deleteSlot(ex: Executor, id: string): Promise<void> {
    await ex.deleteFrom("marketing_duty_slots").where("id", "=", id).execute();
  },
  async slots(ex: Executor, counterId: string, from: string, to: string): Promise<MarketingDutySlotTable[]> {
    return ex
      .selectFrom("marketing_duty_slots")
      .selectAll()
      .where("counter_id", "=", counterId)
      .where("duty_date", ">=", from)
      .where("duty_date", "<=", to)
      .orderBy("duty_date")
      .orderBy("starts_at")
      .orderBy("id")
      .execute();
  },
  /** Users holding the 驻场营销员 role (agent) in a unit's subtree: the elite agents who can take duty. */
  async agentsUnder(ex: Executor, path: string): Promise<Array<{ id: string; display_name: string }>> {
    return ex
      .selectFrom("users")
      .innerJoin("user_roles", "user_roles.user_id", "users.id")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id", "users.display_name"])
      .where("user_roles.role", "=", "agent")
      .where("users.active", "=", 1)
      .where("org_units.path", "like", `${path}%`)
      .orderBy("users.display_name")
      .execute();
  },
  async insertLog(ex: Executor, row: MarketingDutyLogTable): Promise<void> {
    await ex.insertInto("marketing_duty_logs").values(row).execute();
  },
  async logs(ex: Executor, counterId: string, from: string, to: string): Promise<MarketingDutyLogTable[]> {
    return ex
      .selectFrom("marketing_duty_logs")
      .selectAll()
      .where("counter_id", "=", counterId)
      .where("duty_date", ">=", from)
      .where("duty_date", "<=", to)
      .orderBy("duty_date", "desc")
      .orderBy("recorded_at", "desc")
      .execute();
  },
  async insertLead(ex: Executor, row: MarketingLeadTable): Promise<void> {
    await ex.insertInto("marketing_leads").values(row).execute();
  },
  async leads(ex: Executor, counterId: string, from: string, to: string, limit = 5000): Promise<MarketingLeadTable[]> {
    return ex
      .selectFrom("marketing_leads")
      .selectAll()
      .where("counter_id", "=", counterId)
      .where("business_date", ">=", from)
      .where("business_date", "<=", to)
      .orderBy("business_date", "desc")
      .orderBy("recorded_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
  },
  async insertSubmission(ex: Executor, row: MarketingSubmissionTable): Promise<void> {
    await ex.insertInto("marketing_submissions").values(row).execute();
  },
  async findSubmission(ex: Executor, id: string): Promise<MarketingSubmissionRow | undefined> {
    return ex
      .selectFrom("marketing_submissions")
      .innerJoin("org_units", "org_units.id", "marketing_submissions.counter_id")
      .selectAll("marketing_submissions")
      .select("org_units.name as counter_name")
      .where("marketing_submissions.id", "=", id)
      .executeTakeFirst();
  },
  async updateSubmission(ex: Executor, id: string, patch: Pick<MarketingSubmissionTable, "state" | "handled_by_name" | "handled_at" | "handling_note">): Promise<void> {
    await ex.updateTable("marketing_submissions").set(patch).where("id", "=", id).execute();
  },
  /** Submissions of counters under a path, newest first. */
  async submissions(ex: Executor, scopePath: string, counterId?: string): Promise<MarketingSubmissionRow[]> {
    let q = ex
      .selectFrom("marketing_submissions")
      .innerJoin("org_units", "org_units.id", "marketing_submissions.counter_id")
      .selectAll("marketing_submissions")
      .select("org_units.name as counter_name")
      .where("org_units.path", "like", `${scopePath}%`);
    if (counterId) q = q.where("marketing_submissions.counter_id", "=", counterId);
    return q.orderBy("marketing_submissions.submitted_at", "desc").orderBy("marketing_submissions.id", "desc").limit(200).execute();
  },
};
