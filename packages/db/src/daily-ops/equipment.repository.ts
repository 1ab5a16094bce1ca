/** D-08 equipment register and its faults (SQL only, no rules). */
import type { FaultStatus } from "@ccms/core";
import type { Updateable } from "kysely";
import type { Executor } from "../shared/database.js";
import type { EquipmentFaultTable, EquipmentTable } from "./schema.js";

export type EquipmentRow = EquipmentTable;
export type EquipmentFaultRow = EquipmentFaultTable;
/** What an equipment update may change (never its id, counter or creation time). */
export type EquipmentPatch = Omit<Updateable<EquipmentTable>, "id" | "counter_id" | "created_at">;

export const equipmentRepository = {
  async insert(ex: Executor, row: EquipmentRow): Promise<void> {
    await ex.insertInto("equipment").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<EquipmentRow | undefined> {
    return ex.selectFrom("equipment").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** Equipment at these counters by name. */
  async listByName(ex: Executor, counterIds: readonly string[]): Promise<EquipmentRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("equipment").selectAll().where("counter_id", "in", [...counterIds]).orderBy("name").orderBy("id").execute();
  },
  async countAtCounter(ex: Executor, counterId: string): Promise<number> {
    const r = await ex.selectFrom("equipment").select((eb) => eb.fn.countAll().as("n")).where("counter_id", "=", counterId).executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async update(ex: Executor, id: string, patch: EquipmentPatch): Promise<void> {
    await ex.updateTable("equipment").set(patch).where("id", "=", id).execute();
  },
};

export const equipmentFaultRepository = {
  async insert(ex: Executor, row: EquipmentFaultRow): Promise<void> {
    await ex.insertInto("equipment_faults").values(row).execute();
  },
  findById(ex: Executor, id: string): Promise<EquipmentFaultRow | undefined> {
    return ex.selectFrom("equipment_faults").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** Every fault at these counters (oldest id first). */
  async listAtCounters(ex: Executor, counterIds: readonly string[]): Promise<EquipmentFaultRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("equipment_faults").selectAll().where("counter_id", "in", [...counterIds]).orderBy("id").execute();
  },
  /** Faults still reported or being repaired at these counters. */
  async listOpenAtCounters(ex: Executor, counterIds: readonly string[]): Promise<EquipmentFaultRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("equipment_faults").selectAll().where("counter_id", "in", [...counterIds]).where("status", "in", ["reported", "repairing"]).orderBy("id").execute();
  },
  /** The register: newest reported first, at most 1000 rows. */
  async listLatest(ex: Executor, f: { counterIds: readonly string[]; equipmentId?: string | undefined }): Promise<EquipmentFaultRow[]> {
    if (f.counterIds.length === 0) return [];
    let q = ex.selectFrom("equipment_faults").selectAll().where("counter_id", "in", [...f.counterIds]);
    if (f.equipmentId) q = q.where("equipment_id", "=", f.equipmentId);
    return q.orderBy("reported_at", "desc").limit(1000).execute();
  },
  /** Move a fault on from `from` (compare-and-set); false when it changed meanwhile. */
  async changeStatus(ex: Executor, id: string, from: FaultStatus, to: { status: FaultStatus; maintainer: string | null; repairedAt: string | null; log: string }): Promise<boolean> {
    const r = await ex
      .updateTable("equipment_faults")
      .set({ status: to.status, maintainer: to.maintainer, repaired_at: to.repairedAt, log: to.log })
      .where("id", "=", id)
      .where("status", "=", from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};
