/** P-06 an approved swap applied to the published roster (migration 014 tables): SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { PeopleRosterAssignmentTable, PeopleRosterTable } from "./schema.js";

export const rosterSwapRepository = {
  /** The newest published roster of a unit covering `date` (attendance reads the newest one for a date). */
  async publishedCovering(ex: Executor, orgUnitId: string, date: string): Promise<PeopleRosterTable | undefined> {
    return ex
      .selectFrom("people_rosters")
      .selectAll()
      .where("org_unit_id", "=", orgUnitId)
      .where("state", "=", "published")
      .where("date_from", "<=", date)
      .where("date_to", ">=", date)
      .orderBy("published_at", "desc")
      .executeTakeFirst();
  },
  async assignmentsOn(ex: Executor, rosterId: string, date: string, userIds: readonly string[]): Promise<PeopleRosterAssignmentTable[]> {
    if (userIds.length === 0) return [];
    return ex.selectFrom("people_roster_assignments").selectAll().where("roster_id", "=", rosterId).where("date", "=", date).where("user_id", "in", [...userIds]).execute();
  },
  /** Replace the given people's assignments of a roster on a date. */
  async replaceOn(ex: Executor, rosterId: string, date: string, userIds: readonly string[], rows: readonly PeopleRosterAssignmentTable[]): Promise<void> {
    if (userIds.length > 0) await ex.deleteFrom("people_roster_assignments").where("roster_id", "=", rosterId).where("date", "=", date).where("user_id", "in", [...userIds]).execute();
    if (rows.length > 0) await ex.insertInto("people_roster_assignments").values([...rows]).execute();
  },
};

export const rosterEditRepository = {
  /** P-05 drag to edit: one assignment moved to another person and/or day. */
  async move(ex: Executor, rosterId: string, from: { userId: string; date: string }, to: PeopleRosterAssignmentTable): Promise<void> {
    await ex.deleteFrom("people_roster_assignments").where("roster_id", "=", rosterId).where("user_id", "=", from.userId).where("date", "=", from.date).execute();
    await ex.insertInto("people_roster_assignments").values(to).execute();
  },
};
