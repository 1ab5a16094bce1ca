/** D-02, D-04, D-05, D-11 inspections run against a template version (SQL only, no rules). */
import type { InspectionKind, InspectionStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { InspectionTable } from "./schema.js";

export type InspectionRow = InspectionTable;

export interface InspectionListFilter {
  counterIds: readonly string[];
  /** Business dates, inclusive (YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
  kind?: InspectionKind | undefined;
  status?: InspectionStatus | undefined;
}

function filtered(ex: Executor, f: InspectionListFilter) {
  let q = ex.selectFrom("inspections").selectAll().where("counter_id", "in", [...f.counterIds]);
  if (f.from) q = q.where("business_date", ">=", f.from);
  if (f.to) q = q.where("business_date", "<=", f.to);
  if (f.kind) q = q.where("kind", "=", f.kind);
  if (f.status) q = q.where("status", "=", f.status);
  return q;
}

export const inspectionRepository = {
  async insert(ex: Executor, row: InspectionRow): Promise<void> {
    await ex.insertInto("inspections").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<InspectionRow | undefined> {
    return ex.selectFrom("inspections").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** The register: newest started first, at most 1000 rows. */
  async listLatest(ex: Executor, f: InspectionListFilter): Promise<InspectionRow[]> {
    if (f.counterIds.length === 0) return [];
    return filtered(ex, f).orderBy("started_at", "desc").limit(1000).execute();
  },
  /** Submitted inspections by business date (oldest first), for trends. */
  async listSubmittedByDate(ex: Executor, f: Omit<InspectionListFilter, "status">): Promise<InspectionRow[]> {
    if (f.counterIds.length === 0) return [];
    return filtered(ex, { ...f, status: "submitted" }).orderBy("business_date").orderBy("id").execute();
  },
  /** The submitted inspections of one kind at a counter on a business date. */
  listSubmittedOfDay(ex: Executor, counterId: string, kind: InspectionKind, businessDate: string): Promise<InspectionRow[]> {
    return filtered(ex, { counterIds: [counterId], kind, status: "submitted", from: businessDate, to: businessDate }).orderBy("id").execute();
  },
  /** Save the answers while the inspection is in progress; false when it was submitted meanwhile. */
  async saveAnswersInProgress(ex: Executor, id: string, answers: string): Promise<boolean> {
    const r = await ex.updateTable("inspections").set({ answers }).where("id", "=", id).where("status", "=", "in_progress").executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  /** Submit an inspection in progress; false when it was submitted meanwhile. */
  async submit(ex: Executor, id: string, s: { score: number; failedCount: number; note: string | null; submittedAt: string }): Promise<boolean> {
    const r = await ex
      .updateTable("inspections")
      .set({ status: "submitted", score: s.score, failed_count: s.failedCount, note: s.note, submitted_at: s.submittedAt })
      .where("id", "=", id)
      .where("status", "=", "in_progress")
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};
