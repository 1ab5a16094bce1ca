/**
 * P-18 training passes, error charges and the award eligibility they feed: SQL only, no rules. People
 * II (assessment) reads `errorChargesOfUnit` and applies `awardEligibility` from core.
 */
import type { Executor } from "../shared/database.js";
import type { PeopleErrorChargeTable, PeopleTrainingPassTable } from "./untrained-schema.js";

export type TrainingPassRow = PeopleTrainingPassTable;
export type ErrorChargeRow = PeopleErrorChargeTable & { user_name: string; head_name: string | null };

export const untrainedRepository = {
  async insertTrainingPass(ex: Executor, row: TrainingPassRow): Promise<void> {
    await ex.insertInto("people_training_passes").values(row).execute();
  },
  async trainingPassesOf(ex: Executor, userId: string): Promise<TrainingPassRow[]> {
    return ex.selectFrom("people_training_passes").selectAll().where("user_id", "=", userId).orderBy("passed_on").execute();
  },
  async insertErrorCharge(ex: Executor, row: PeopleErrorChargeTable): Promise<void> {
    await ex.insertInto("people_error_charges").values(row).execute();
  },
  /** The error charges of one unit (not below) occurred within [from, to], names joined. */
  async errorChargesOfUnit(ex: Executor, orgUnitId: string, from: string, to: string): Promise<ErrorChargeRow[]> {
    return ex
      .selectFrom("people_error_charges")
      .innerJoin("users as u", "u.id", "people_error_charges.user_id")
      .leftJoin("users as h", "h.id", "people_error_charges.head_user_id")
      .selectAll("people_error_charges")
      .select(["u.display_name as user_name", "h.display_name as head_name"])
      .where("people_error_charges.org_unit_id", "=", orgUnitId)
      .where("people_error_charges.occurred_on", ">=", from)
      .where("people_error_charges.occurred_on", "<=", to)
      .orderBy("people_error_charges.occurred_on")
      .orderBy("people_error_charges.id")
      .limit(5000)
      .execute();
  },
  async findErrorCharge(ex: Executor, id: string): Promise<ErrorChargeRow | undefined> {
    return ex
      .selectFrom("people_error_charges")
      .innerJoin("users as u", "u.id", "people_error_charges.user_id")
      .leftJoin("users as h", "h.id", "people_error_charges.head_user_id")
      .selectAll("people_error_charges")
      .select(["u.display_name as user_name", "h.display_name as head_name"])
      .where("people_error_charges.id", "=", id)
      .executeTakeFirst();
  },
};
