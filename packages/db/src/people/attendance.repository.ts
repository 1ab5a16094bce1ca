/** P-11 clock events and the published roster they are measured against: SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { PeopleClockEventTable, PeopleRosterAssignmentTable } from "./schema.js";

export type ClockEventRow = PeopleClockEventTable;

export const attendanceRepository = {
  async insertClock(ex: Executor, row: ClockEventRow): Promise<void> {
    await ex.insertInto("people_clock_events").values(row).execute();
  },
  /** Clock events of a unit between two instants (ISO, inclusive from, exclusive to). */
  async clockEvents(ex: Executor, f: { orgUnitId?: string; userId?: string; from: string; to: string }): Promise<ClockEventRow[]> {
    let q = ex.selectFrom("people_clock_events").selectAll().where("at", ">=", f.from).where("at", "<", f.to);
    if (f.orgUnitId) q = q.where("org_unit_id", "=", f.orgUnitId);
    if (f.userId) q = q.where("user_id", "=", f.userId);
    return q.orderBy("at").execute();
  },
  /** Assignments of the published rosters of a unit within [from, to] (the newest roster wins a date). */
  async publishedAssignments(ex: Executor, f: { orgUnitId?: string; userId?: string; from: string; to: string }): Promise<Array<PeopleRosterAssignmentTable & { published_at: string | null }>> {
    let q = ex
      .selectFrom("people_roster_assignments")
      .innerJoin("people_rosters", "people_rosters.id", "people_roster_assignments.roster_id")
      .selectAll("people_roster_assignments")
      .select("people_rosters.published_at as published_at")
      .where("people_rosters.state", "=", "published")
      .where("people_roster_assignments.date", ">=", f.from)
      .where("people_roster_assignments.date", "<=", f.to);
    if (f.orgUnitId) q = q.where("people_rosters.org_unit_id", "=", f.orgUnitId);
    if (f.userId) q = q.where("people_roster_assignments.user_id", "=", f.userId);
    return q.orderBy("people_roster_assignments.date").orderBy("people_rosters.published_at", "desc").execute();
  },
};
