/** D-13 handover relief and shift responsibility (SQL only, no rules). */
import type { Executor } from "../shared/database.js";
import type { ShiftHandoverReliefTable, ShiftResponsibilityTable } from "./relief.schema.js";

export type HandoverReliefRow = ShiftHandoverReliefTable;
export type ShiftResponsibilityRow = ShiftResponsibilityTable;

export const handoverReliefRepository = {
  findByHandover(ex: Executor, handoverId: string): Promise<HandoverReliefRow | undefined> {
    return ex.selectFrom("shift_handover_reliefs").selectAll().where("handover_id", "=", handoverId).executeTakeFirst();
  },
  async listByHandovers(ex: Executor, handoverIds: readonly string[]): Promise<HandoverReliefRow[]> {
    if (handoverIds.length === 0) return [];
    return ex.selectFrom("shift_handover_reliefs").selectAll().where("handover_id", "in", [...handoverIds]).execute();
  },
  async insert(ex: Executor, row: HandoverReliefRow): Promise<void> {
    await ex.insertInto("shift_handover_reliefs").values(row).execute();
  },
  async saveSections(ex: Executor, handoverId: string, s: { important_notices: string; retained_cards: string; error_accounts: string; updated_at: string }): Promise<void> {
    await ex.updateTable("shift_handover_reliefs").set(s).where("handover_id", "=", handoverId).execute();
  },
  /** Record the shift lead's approval; false when one was recorded meanwhile. */
  async approve(ex: Executor, handoverId: string, a: { by: string; reason: string; at: string }): Promise<boolean> {
    const r = await ex
      .updateTable("shift_handover_reliefs")
      .set({ approved_by: a.by, approval_reason: a.reason, approved_at: a.at, updated_at: a.at })
      .where("handover_id", "=", handoverId)
      .where("approved_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  /** Close the outgoing shift; false when it was closed meanwhile. */
  async close(ex: Executor, handoverId: string, c: { by: string; at: string; mode: "relieved" | "approved" }): Promise<boolean> {
    const r = await ex
      .updateTable("shift_handover_reliefs")
      .set({ closed_by: c.by, closed_at: c.at, close_mode: c.mode, updated_at: c.at })
      .where("handover_id", "=", handoverId)
      .where("closed_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};

export const shiftResponsibilityRepository = {
  async insert(ex: Executor, row: ShiftResponsibilityRow): Promise<void> {
    await ex.insertInto("shift_responsibilities").values(row).execute();
  },
  find(ex: Executor, entityType: ShiftResponsibilityRow["entity_type"], entityId: string): Promise<ShiftResponsibilityRow | undefined> {
    return ex.selectFrom("shift_responsibilities").selectAll().where("entity_type", "=", entityType).where("entity_id", "=", entityId).executeTakeFirst();
  },
  async listForCounters(ex: Executor, counterIds: readonly string[], from: string, to: string): Promise<ShiftResponsibilityRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("shift_responsibilities")
      .selectAll()
      .where("counter_id", "in", [...counterIds])
      .where("recorded_at", ">=", from)
      .where("recorded_at", "<", to)
      .orderBy("recorded_at", "desc")
      .limit(1000)
      .execute();
  },
};
