/** I-04 periodic report submissions: SQL only. */
import type { Executor } from "../shared/database.js";
import type { ReportSubmissionTable } from "./schema.js";

export type ReportSubmissionRow = ReportSubmissionTable;

export const reportSubmissionRepository = {
  async find(ex: Executor, orgUnitId: string, period: string, periodFrom: string): Promise<ReportSubmissionRow | undefined> {
    return ex.selectFrom("report_submissions").selectAll().where("org_unit_id", "=", orgUnitId).where("period", "=", period).where("period_from", "=", periodFrom).executeTakeFirst();
  },
  async listForUnits(ex: Executor, orgUnitIds: readonly string[], period: string, periodFrom: string): Promise<ReportSubmissionRow[]> {
    if (orgUnitIds.length === 0) return [];
    return ex.selectFrom("report_submissions").selectAll().where("org_unit_id", "in", orgUnitIds).where("period", "=", period).where("period_from", "=", periodFrom).execute();
  },
  async insert(ex: Executor, row: ReportSubmissionRow): Promise<void> {
    await ex.insertInto("report_submissions").values(row).execute();
  },
  async update(ex: Executor, id: string, patch: Partial<Omit<ReportSubmissionRow, "id">>): Promise<void> {
    await ex.updateTable("report_submissions").set(patch).where("id", "=", id).execute();
  },
};
