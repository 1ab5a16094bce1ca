/**
 * Seals and controlled documents (K-01…K-05): the item, its custody movements, its usages (K-03) and
 * its losses (K-04). SQL only, no rules; writes take the caller's executor (the use case's transaction).
 */
import type { ControlItemKind, ControlItemStatus } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { ControlItemTable, CustodyMovementTable, ItemLossTable, ItemUsageTable } from "./registers.schema.js";

export type ControlItemRow = ControlItemTable;
export type CustodyMovementRow = CustodyMovementTable;
export type ItemUsageRow = ItemUsageTable;
export type ItemLossRow = ItemLossTable;

/** What a custody change may rewrite on an item. */
export type ControlItemPatch = Partial<Pick<ControlItemTable, "serial_from" | "serial_to" | "quantity" | "custodian_id" | "in_safe" | "status" | "updated_at">>;

export interface ControlItemListFilter {
  kind?: ControlItemKind | undefined;
  custodianId?: string | undefined;
  status?: ControlItemStatus | undefined;
}

/** An inclusive range of instants (ISO text). */
export interface InstantRange {
  from?: string | undefined;
  to?: string | undefined;
}

export const controlItemRepository = {
  async insert(ex: Executor, row: ControlItemRow): Promise<void> {
    await ex.insertInto("control_items").values(row).execute();
  },

  async findById(ex: Executor, id: string): Promise<ControlItemRow | undefined> {
    return ex.selectFrom("control_items").selectAll().where("id", "=", id).executeTakeFirst();
  },

  /** Items at these counters, oldest first. */
  async listAtCounters(ex: Executor, counterIds: readonly string[], f: ControlItemListFilter = {}): Promise<ControlItemRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("control_items").selectAll().where("counter_id", "in", [...counterIds]);
    if (f.kind !== undefined) q = q.where("kind", "=", f.kind);
    if (f.custodianId !== undefined) q = q.where("custodian_id", "=", f.custodianId);
    if (f.status !== undefined) q = q.where("status", "=", f.status);
    return q.orderBy("created_at").orderBy("id").execute();
  },

  /** Document batches of one type at a counter (serial-range overlap check). */
  async listDocumentsOfType(ex: Executor, counterId: string, itemType: string): Promise<ControlItemRow[]> {
    return ex.selectFrom("control_items").selectAll().where("counter_id", "=", counterId).where("kind", "=", "document").where("item_type", "=", itemType).orderBy("id").execute();
  },

  /** Active items a person holds at a counter (K-02 hand-back). */
  async listHeldBy(ex: Executor, counterId: string, custodianId: string): Promise<ControlItemRow[]> {
    return ex.selectFrom("control_items").selectAll().where("counter_id", "=", counterId).where("custodian_id", "=", custodianId).where("status", "=", "active").orderBy("id").execute();
  },

  async countHeldBy(ex: Executor, counterId: string, custodianId: string): Promise<number> {
    const r = await ex
      .selectFrom("control_items")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("counter_id", "=", counterId)
      .where("custodian_id", "=", custodianId)
      .where("status", "=", "active")
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },

  /** Active items out of the safe at a counter (K-01 end of day). */
  async listOutOfSafe(ex: Executor, counterId: string): Promise<ControlItemRow[]> {
    return ex.selectFrom("control_items").selectAll().where("counter_id", "=", counterId).where("status", "=", "active").where("in_safe", "=", 0).orderBy("id").execute();
  },

  async namesByIds(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await ex.selectFrom("control_items").select(["id", "name"]).where("id", "in", unique).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  async update(ex: Executor, id: string, patch: ControlItemPatch): Promise<number> {
    const r = await ex.updateTable("control_items").set(patch).where("id", "=", id).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  /** Compare-and-set on the safe: only while the item is still in (1) or out of (0) the safe. */
  async updateIfInSafe(ex: Executor, id: string, inSafe: 0 | 1, patch: ControlItemPatch): Promise<number> {
    const r = await ex.updateTable("control_items").set(patch).where("id", "=", id).where("in_safe", "=", inSafe).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  /** Compare-and-set on custody: only while `custodianId` still holds the item. */
  async updateIfHeldBy(ex: Executor, id: string, custodianId: string, patch: ControlItemPatch): Promise<number> {
    const r = await ex.updateTable("control_items").set(patch).where("id", "=", id).where("custodian_id", "=", custodianId).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  // ------------------------------------------------------------ custody movements

  async insertMovement(ex: Executor, row: CustodyMovementRow): Promise<void> {
    await ex.insertInto("custody_movements").values(row).execute();
  },

  async listMovementsOfItem(ex: Executor, itemId: string): Promise<CustodyMovementRow[]> {
    return ex.selectFrom("custody_movements").selectAll().where("item_id", "=", itemId).orderBy("at").orderBy("id").execute();
  },

  /** Movements at these counters in a range of instants, newest first. */
  async listMovements(ex: Executor, counterIds: readonly string[], range: InstantRange, limit: number): Promise<CustodyMovementRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("custody_movements").selectAll().where("counter_id", "in", [...counterIds]);
    if (range.from) q = q.where("at", ">=", range.from);
    if (range.to) q = q.where("at", "<=", range.to);
    return q.orderBy("at", "desc").orderBy("id", "desc").limit(limit).execute();
  },

  // ------------------------------------------------------------ usages (K-03)

  async insertUsage(ex: Executor, row: ItemUsageRow): Promise<void> {
    await ex.insertInto("item_usages").values(row).execute();
  },

  async findUsage(ex: Executor, id: string): Promise<ItemUsageRow | undefined> {
    return ex.selectFrom("item_usages").selectAll().where("id", "=", id).executeTakeFirst();
  },

  async countSerialUsages(ex: Executor, itemId: string, serial: string): Promise<number> {
    const r = await ex.selectFrom("item_usages").select((eb) => eb.fn.countAll().as("n")).where("item_id", "=", itemId).where("serial", "=", serial).executeTakeFirst();
    return Number(r?.n ?? 0);
  },

  /** Usages at these counters (optionally of one item) in a range of instants, newest first. */
  async listUsages(ex: Executor, counterIds: readonly string[], f: InstantRange & { itemId?: string | undefined }, limit: number): Promise<ItemUsageRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("item_usages").selectAll().where("counter_id", "in", [...counterIds]);
    if (f.itemId !== undefined) q = q.where("item_id", "=", f.itemId);
    if (f.from) q = q.where("used_at", ">=", f.from);
    if (f.to) q = q.where("used_at", "<=", f.to);
    return q.orderBy("used_at", "desc").orderBy("id", "desc").limit(limit).execute();
  },

  // ------------------------------------------------------------ losses (K-04)

  async insertLoss(ex: Executor, row: ItemLossRow): Promise<void> {
    await ex.insertInto("item_losses").values(row).execute();
  },

  async findLoss(ex: Executor, id: string): Promise<ItemLossRow | undefined> {
    return ex.selectFrom("item_losses").selectAll().where("id", "=", id).executeTakeFirst();
  },

  async setLossFinding(ex: Executor, lossId: string, findingId: string): Promise<void> {
    await ex.updateTable("item_losses").set({ finding_id: findingId }).where("id", "=", lossId).execute();
  },

  /** Every loss at one counter in one month (YYYY-MM), in the order recorded. */
  async listLossesOfMonth(ex: Executor, counterId: string, month: string): Promise<ItemLossRow[]> {
    return ex.selectFrom("item_losses").selectAll().where("counter_id", "=", counterId).where("month", "=", month).orderBy("id").execute();
  },

  /** Losses at these counters (optionally one month), latest occurrence first. */
  async listLosses(ex: Executor, counterIds: readonly string[], f: { month?: string | undefined } = {}): Promise<ItemLossRow[]> {
    if (counterIds.length === 0) return [];
    let q = ex.selectFrom("item_losses").selectAll().where("counter_id", "in", [...counterIds]);
    if (f.month !== undefined) q = q.where("month", "=", f.month);
    return q.orderBy("occurred_on", "desc").orderBy("id", "desc").execute();
  },
};
