/** D-12 pre-shift fitness checks and weekly team meetings (SQL only, no rules). */
import type { Executor } from "../shared/database.js";
import type { ShiftFitnessCheckTable, TeamMeetingTable } from "./relief.schema.js";

export type FitnessCheckRow = ShiftFitnessCheckTable;
export type TeamMeetingRow = TeamMeetingTable;

export const fitnessCheckRepository = {
  async insert(ex: Executor, row: FitnessCheckRow): Promise<void> {
    await ex.insertInto("shift_fitness_checks").values(row).execute();
  },
  /** A person's checks of one business date (any counter). */
  listForUserOn(ex: Executor, userId: string, businessDate: string): Promise<FitnessCheckRow[]> {
    return ex.selectFrom("shift_fitness_checks").selectAll().where("user_id", "=", userId).where("business_date", "=", businessDate).orderBy("checked_at").execute();
  },
  async listForCounters(ex: Executor, counterIds: readonly string[], from: string, to: string): Promise<FitnessCheckRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("shift_fitness_checks")
      .selectAll()
      .where("counter_id", "in", [...counterIds])
      .where("business_date", ">=", from)
      .where("business_date", "<=", to)
      .orderBy("business_date", "desc")
      .orderBy("checked_at", "desc")
      .limit(2000)
      .execute();
  },
  /** The published roster assignment of a person on a date at a unit (for the D-12 roster adjustment). */
  rosterAssignmentOn(ex: Executor, orgUnitId: string, userId: string, date: string): Promise<{ roster_id: string; shift_code: string } | undefined> {
    return ex
      .selectFrom("people_roster_assignments as a")
      .innerJoin("people_rosters as r", "r.id", "a.roster_id")
      .select(["a.roster_id", "a.shift_code"])
      .where("r.org_unit_id", "=", orgUnitId)
      .where("r.state", "=", "published")
      .where("a.user_id", "=", userId)
      .where("a.date", "=", date)
      .orderBy("r.published_at", "desc")
      .executeTakeFirst();
  },
};

export const teamMeetingRepository = {
  async insert(ex: Executor, row: TeamMeetingRow): Promise<void> {
    await ex.insertInto("team_meetings").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<TeamMeetingRow | undefined> {
    return ex.selectFrom("team_meetings").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async listForCounters(ex: Executor, counterIds: readonly string[], from: string, to: string): Promise<TeamMeetingRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("team_meetings")
      .selectAll()
      .where("counter_id", "in", [...counterIds])
      .where("held_on", ">=", from)
      .where("held_on", "<=", to)
      .orderBy("held_on", "desc")
      .limit(1000)
      .execute();
  },
};
