/** P-05 shift templates and rosters with their assignments: SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { PeopleRosterAssignmentTable, PeopleRosterTable, PeopleShiftTemplateTable } from "./schema.js";

export type ShiftTemplateRow = PeopleShiftTemplateTable;
export type RosterRow = PeopleRosterTable;
export type RosterAssignmentRow = PeopleRosterAssignmentTable;

export const shiftTemplateRepository = {
  async listActive(ex: Executor, orgUnitId: string): Promise<ShiftTemplateRow[]> {
    return ex.selectFrom("people_shift_templates").selectAll().where("org_unit_id", "=", orgUnitId).where("active", "=", 1).orderBy("start_time").orderBy("code").execute();
  },
  async findByCode(ex: Executor, orgUnitId: string, code: string): Promise<ShiftTemplateRow | undefined> {
    return ex.selectFrom("people_shift_templates").selectAll().where("org_unit_id", "=", orgUnitId).where("code", "=", code).executeTakeFirst();
  },
  async insert(ex: Executor, row: ShiftTemplateRow): Promise<void> {
    await ex.insertInto("people_shift_templates").values(row).execute();
  },
};

export const rosterRepository = {
  async findById(ex: Executor, id: string): Promise<RosterRow | undefined> {
    return ex.selectFrom("people_rosters").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async listByUnit(ex: Executor, orgUnitId: string): Promise<RosterRow[]> {
    return ex.selectFrom("people_rosters").selectAll().where("org_unit_id", "=", orgUnitId).orderBy("date_from", "desc").orderBy("created_at", "desc").limit(200).execute();
  },
  async insert(ex: Executor, row: RosterRow, assignments: readonly RosterAssignmentRow[]): Promise<void> {
    await ex.insertInto("people_rosters").values(row).execute();
    for (let i = 0; i < assignments.length; i += 200) await ex.insertInto("people_roster_assignments").values(assignments.slice(i, i + 200)).execute();
  },
  async assignments(ex: Executor, rosterId: string): Promise<RosterAssignmentRow[]> {
    return ex.selectFrom("people_roster_assignments").selectAll().where("roster_id", "=", rosterId).orderBy("date").orderBy("user_id").execute();
  },
  async publish(ex: Executor, id: string, by: string, at: string): Promise<void> {
    await ex.updateTable("people_rosters").set({ state: "published", published_by: by, published_at: at }).where("id", "=", id).execute();
  },
  /** Approved leave dates of people (requests approved and the leave register) overlapping [from, to]. */
  async approvedLeave(ex: Executor, userIds: readonly string[], from: string, to: string): Promise<Array<{ user_id: string; date_from: string; date_to: string }>> {
    if (userIds.length === 0) return [];
    const reqs = await ex
      .selectFrom("people_requests")
      .select(["user_id", "date_from", "date_to"])
      .where("user_id", "in", userIds)
      .where("kind", "=", "leave")
      .where("state", "=", "approved")
      .where("half_day", "is", null)
      .where("date_from", "<=", to)
      .where("date_to", ">=", from)
      .execute();
    const reg = await ex
      .selectFrom("leave_periods")
      .select(["user_id", "date_from", "date_to"])
      .where("user_id", "in", userIds)
      .where("approved", "=", 1)
      .where("date_from", "<=", to)
      .where("date_to", ">=", from)
      .execute();
    return [...reqs, ...reg];
  },
};
