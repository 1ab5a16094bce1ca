/** D-02, D-04, D-05, D-11 inspection templates, versioned by code (SQL only, no rules). */
import type { Executor } from "../shared/database.js";
import type { InspectionTemplateTable } from "./schema.js";

export type InspectionTemplateRow = InspectionTemplateTable;

export const inspectionTemplateRepository = {
  async insert(ex: Executor, row: InspectionTemplateRow): Promise<void> {
    await ex.insertInto("inspection_templates").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<InspectionTemplateRow | undefined> {
    return ex.selectFrom("inspection_templates").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** Every version of every template (oldest id first). */
  listAll(ex: Executor): Promise<InspectionTemplateRow[]> {
    return ex.selectFrom("inspection_templates").selectAll().orderBy("id").execute();
  },
  /** The highest version number written for a code (0 when none). */
  async latestVersionOf(ex: Executor, code: string): Promise<number> {
    const r = await ex.selectFrom("inspection_templates").select((eb) => eb.fn.max("version").as("v")).where("code", "=", code).executeTakeFirst();
    return Number(r?.v ?? 0);
  },
};
