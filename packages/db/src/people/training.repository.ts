/** P-01, P-03, P-04, K-08 onboarding, exams and training sessions (migration 025): SQL only, no rules. */
import type { Kysely, Transaction } from "kysely";
import type { Executor } from "../shared/database.js";

export interface PeopleOnboardingTable {
  user_id: string;
  org_unit_id: string;
  mentor_user_id: string;
  hired_on: string;
  /** JSON string[] business roles kept aside until K-08 is met. */
  pending_roles: string;
  /** norms | shadowing | trial | done */
  stage: string;
  /** training | granted | dismissal_proposed */
  state: string;
  approved_by: string | null;
  approved_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export interface PeopleExamTable {
  id: string;
  user_id: string;
  org_unit_id: string;
  kind: string;
  title: string;
  pass_mark: number;
  max_attempts: number;
  due_on: string | null;
  state: string;
  proposal: string | null;
  created_by: string;
  created_at: string;
}
export interface PeopleExamAttemptTable {
  id: string;
  exam_id: string;
  seq: number;
  taken_on: string;
  score: number;
  recorded_by: string;
  recorded_at: string;
}
export interface PeopleTrainingSessionTable {
  id: string;
  org_unit_id: string;
  kind: string;
  title: string;
  starts_on: string;
  ends_on: string;
  report_due_on: string | null;
  created_by: string;
  created_at: string;
}
export interface PeopleTrainingAttendanceTable {
  session_id: string;
  user_id: string;
  /** invited | attended | absent */
  status: string;
  report_submitted_on: string | null;
  updated_by: string;
  updated_at: string;
}
interface UsersRef {
  id: string;
  display_name: string;
  org_unit_id: string;
}
interface OrgUnitsRef {
  id: string;
  path: string;
}
export interface TrainingTables {
  people_onboarding: PeopleOnboardingTable;
  people_exams: PeopleExamTable;
  people_exam_attempts: PeopleExamAttemptTable;
  people_training_sessions: PeopleTrainingSessionTable;
  people_training_attendance: PeopleTrainingAttendanceTable;
  users: UsersRef;
  org_units: OrgUnitsRef;
}

type Ex = Kysely<TrainingTables> | Transaction<TrainingTables>;
const on = (ex: Executor): Ex => ex as unknown as Ex;

export const trainingRepository = {
  async findOnboarding(ex: Executor, userId: string): Promise<PeopleOnboardingTable | undefined> {
    return on(ex).selectFrom("people_onboarding").selectAll().where("user_id", "=", userId).executeTakeFirst();
  },
  async listOnboardingUnder(ex: Executor, unitPath: string): Promise<PeopleOnboardingTable[]> {
    return on(ex)
      .selectFrom("people_onboarding")
      .innerJoin("org_units", "org_units.id", "people_onboarding.org_unit_id")
      .selectAll("people_onboarding")
      .where("org_units.path", "like", `${unitPath}%`)
      .orderBy("people_onboarding.hired_on", "desc")
      .limit(2000)
      .execute();
  },
  async insertOnboarding(ex: Executor, row: PeopleOnboardingTable): Promise<void> {
    await on(ex).insertInto("people_onboarding").values(row).execute();
  },
  async updateOnboarding(ex: Executor, userId: string, patch: Partial<Pick<PeopleOnboardingTable, "stage" | "state" | "approved_by" | "approved_at" | "updated_at">>): Promise<void> {
    await on(ex).updateTable("people_onboarding").set(patch).where("user_id", "=", userId).execute();
  },

  async findExam(ex: Executor, id: string): Promise<PeopleExamTable | undefined> {
    return on(ex).selectFrom("people_exams").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async examsOf(ex: Executor, userIds: readonly string[]): Promise<PeopleExamTable[]> {
    if (userIds.length === 0) return [];
    return on(ex).selectFrom("people_exams").selectAll().where("user_id", "in", [...userIds]).orderBy("created_at").orderBy("id").execute();
  },
  async listExamsUnder(ex: Executor, unitPath: string): Promise<PeopleExamTable[]> {
    return on(ex)
      .selectFrom("people_exams")
      .innerJoin("org_units", "org_units.id", "people_exams.org_unit_id")
      .selectAll("people_exams")
      .where("org_units.path", "like", `${unitPath}%`)
      .orderBy("people_exams.created_at", "desc")
      .limit(2000)
      .execute();
  },
  async insertExam(ex: Executor, row: PeopleExamTable): Promise<void> {
    await on(ex).insertInto("people_exams").values(row).execute();
  },
  async updateExam(ex: Executor, id: string, patch: Pick<PeopleExamTable, "state" | "proposal">): Promise<void> {
    await on(ex).updateTable("people_exams").set(patch).where("id", "=", id).execute();
  },
  async attemptsOf(ex: Executor, examIds: readonly string[]): Promise<PeopleExamAttemptTable[]> {
    if (examIds.length === 0) return [];
    return on(ex).selectFrom("people_exam_attempts").selectAll().where("exam_id", "in", [...examIds]).orderBy("exam_id").orderBy("seq").execute();
  },
  async insertAttempt(ex: Executor, row: PeopleExamAttemptTable): Promise<void> {
    await on(ex).insertInto("people_exam_attempts").values(row).execute();
  },

  async findSession(ex: Executor, id: string): Promise<PeopleTrainingSessionTable | undefined> {
    return on(ex).selectFrom("people_training_sessions").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async listSessionsUnder(ex: Executor, unitPath: string): Promise<PeopleTrainingSessionTable[]> {
    return on(ex)
      .selectFrom("people_training_sessions")
      .innerJoin("org_units", "org_units.id", "people_training_sessions.org_unit_id")
      .selectAll("people_training_sessions")
      .where("org_units.path", "like", `${unitPath}%`)
      .orderBy("people_training_sessions.starts_on", "desc")
      .limit(2000)
      .execute();
  },
  async insertSession(ex: Executor, row: PeopleTrainingSessionTable): Promise<void> {
    await on(ex).insertInto("people_training_sessions").values(row).execute();
  },
  async attendanceOf(ex: Executor, sessionIds: readonly string[]): Promise<PeopleTrainingAttendanceTable[]> {
    if (sessionIds.length === 0) return [];
    return on(ex).selectFrom("people_training_attendance").selectAll().where("session_id", "in", [...sessionIds]).orderBy("session_id").orderBy("user_id").execute();
  },
  async attendanceOfUsers(ex: Executor, userIds: readonly string[]): Promise<PeopleTrainingAttendanceTable[]> {
    if (userIds.length === 0) return [];
    return on(ex).selectFrom("people_training_attendance").selectAll().where("user_id", "in", [...userIds]).execute();
  },
  async insertAttendance(ex: Executor, row: PeopleTrainingAttendanceTable): Promise<void> {
    await on(ex).insertInto("people_training_attendance").values(row).execute();
  },
  async updateAttendance(ex: Executor, sessionId: string, userId: string, patch: Pick<PeopleTrainingAttendanceTable, "status" | "report_submitted_on" | "updated_by" | "updated_at">): Promise<number> {
    const r = await on(ex).updateTable("people_training_attendance").set(patch).where("session_id", "=", sessionId).where("user_id", "=", userId).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
