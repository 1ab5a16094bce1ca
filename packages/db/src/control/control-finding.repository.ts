/** Control findings (D-06, K-04, inspections, daily close, lunch duty). SQL only, no rules. */
import type { ControlFindingKind, ControlFindingStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { ControlFindingTable } from "./registers.schema.js";

export type ControlFindingRow = ControlFindingTable;
export type ControlFindingPatch = Partial<Pick<ControlFindingTable, "subject_user_ids" | "details" | "status" | "resolution" | "closed_at">>;

export const controlFindingRepository = {
  async insert(ex: Executor, row: ControlFindingRow): Promise<void> {
    await ex.insertInto("control_findings").values(row).execute();
  },

  async findById(ex: Executor, id: string): Promise<ControlFindingRow | undefined> {
    return ex.selectFrom("control_findings").selectAll().where("id", "=", id).executeTakeFirst();
  },

  /** The finding already raised for a dedupe key (one per person and day, counter and month …). */
  async findByDedupeKey(ex: Executor, dedupeKey: string): Promise<ControlFindingRow | undefined> {
    return ex.selectFrom("control_findings").selectAll().where("dedupe_key", "=", dedupeKey).executeTakeFirst();
  },

  /** Findings at these units, newest first. */
  async listAtUnits(ex: Executor, unitIds: readonly string[], f: { kind?: ControlFindingKind | undefined; status?: ControlFindingStatus | undefined } = {}): Promise<ControlFindingRow[]> {
    if (unitIds.length === 0) return [];
    let q = ex.selectFrom("control_findings").selectAll().where("org_unit_id", "in", [...unitIds]);
    if (f.kind !== undefined) q = q.where("kind", "=", f.kind);
    if (f.status !== undefined) q = q.where("status", "=", f.status);
    return q.orderBy("created_at", "desc").orderBy("id", "desc").execute();
  },

  async update(ex: Executor, id: string, patch: ControlFindingPatch): Promise<number> {
    const r = await ex.updateTable("control_findings").set(patch).where("id", "=", id).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
