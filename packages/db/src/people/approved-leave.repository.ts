/**
 * The seam to the control registers (K-02, D-06): an approved leave request is written into the leave
 * register (`leave_periods`) that the off-duty check and the hand-back task read, with its K-02
 * hand-back when one is due. SQL only.
 */
import type { Executor } from "../shared/database.js";
import type { HandBackTable, LeavePeriodTable } from "../control/registers.schema.js";

export const approvedLeaveRepository = {
  async insertLeavePeriod(ex: Executor, row: LeavePeriodTable): Promise<void> {
    await ex.insertInto("leave_periods").values(row).execute();
  },
  async insertHandBack(ex: Executor, row: HandBackTable): Promise<void> {
    await ex.insertInto("hand_backs").values(row).execute();
  },
};
