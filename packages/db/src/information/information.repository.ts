/**
 * Information repositories (I-01; migration 015): business notices and their read receipts,
 * retention periods per unit and record type, disposals, and the dated records of each kept type.
 * SQL only, no rules.
 */
import type { Executor } from "../shared/database.js";
import type { NoticeReceiptTable, NoticeTable, RecordDisposalTable, RetentionPeriodTable } from "./schema.js";

export type NoticeRow = NoticeTable;
export type NoticeReceiptRow = NoticeReceiptTable;
export type RetentionPeriodRow = RetentionPeriodTable;
export type RecordDisposalRow = RecordDisposalTable;

export interface AudienceUserRow {
  id: string;
  display_name: string;
  org_unit_id: string;
}

/** A kept record: its id, unit and local date (instants are cut to their UTC date by the caller). */
export interface KeptRecordRow {
  id: string;
  org_unit_id: string;
  date: string;
}

export const noticeRepository = {
  async insert(ex: Executor, row: NoticeRow): Promise<void> {
    await ex.insertInto("notices").values(row).execute();
  },
  async findById(ex: Executor, id: string): Promise<NoticeRow | undefined> {
    return ex.selectFrom("notices").selectAll().where("id", "=", id).executeTakeFirst();
  },
  /** Notices addressed to a unit: published at the unit or any unit above it (their paths). */
  async listAddressedTo(ex: Executor, unitPaths: readonly string[], limit: number): Promise<NoticeRow[]> {
    if (unitPaths.length === 0) return [];
    return ex.selectFrom("notices").selectAll().where("org_path", "in", unitPaths).orderBy("published_at", "desc").orderBy("id", "desc").limit(limit).execute();
  },
  /** Notices published in a subtree (for their publishers and the levels above). */
  async listPublishedIn(ex: Executor, scopePath: string, limit: number): Promise<NoticeRow[]> {
    return ex.selectFrom("notices").selectAll().where("org_path", "like", `${scopePath}%`).orderBy("published_at", "desc").orderBy("id", "desc").limit(limit).execute();
  },
  async receiptsOf(ex: Executor, noticeIds: readonly string[]): Promise<NoticeReceiptRow[]> {
    if (noticeIds.length === 0) return [];
    return ex.selectFrom("notice_receipts").selectAll().where("notice_id", "in", noticeIds).execute();
  },
  async receiptsBy(ex: Executor, userId: string, noticeIds: readonly string[]): Promise<NoticeReceiptRow[]> {
    if (noticeIds.length === 0) return [];
    return ex.selectFrom("notice_receipts").selectAll().where("user_id", "=", userId).where("notice_id", "in", noticeIds).execute();
  },
  /** One receipt per reader: true when this call recorded it. */
  async insertReceiptIfAbsent(ex: Executor, row: NoticeReceiptRow): Promise<boolean> {
    const r = await ex.insertInto("notice_receipts").values(row).onConflict((oc) => oc.columns(["notice_id", "user_id"]).doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  /** Active users of the subtree: the notice's readers. */
  async audience(ex: Executor, path: string): Promise<AudienceUserRow[]> {
    return ex
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id as id", "users.display_name as display_name", "users.org_unit_id as org_unit_id"])
      .where("org_units.path", "like", `${path}%`)
      .where("users.active", "=", 1)
      .orderBy("users.display_name")
      .execute();
  },
};

export const retentionRepository = {
  async listForUnits(ex: Executor, unitIds: readonly string[]): Promise<RetentionPeriodRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("retention_periods").selectAll().where("org_unit_id", "in", unitIds).execute();
  },
  async upsert(ex: Executor, row: RetentionPeriodRow): Promise<void> {
    await ex
      .insertInto("retention_periods")
      .values(row)
      .onConflict((oc) => oc.columns(["org_unit_id", "record_type"]).doUpdateSet({ months: row.months, updated_by: row.updated_by, updated_at: row.updated_at }))
      .execute();
  },
};

export const disposalRepository = {
  async insert(ex: Executor, row: RecordDisposalRow): Promise<boolean> {
    const r = await ex.insertInto("record_disposals").values(row).onConflict((oc) => oc.columns(["record_type", "record_id"]).doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  async listForUnits(ex: Executor, unitIds: readonly string[]): Promise<RecordDisposalRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("record_disposals").selectAll().where("org_unit_id", "in", unitIds).orderBy("approved_at", "desc").execute();
  },
};

/** I-01 the dated records of each kept type, dated on or before `upTo` (local date), in some units. */
export const keptRecordRepository = {
  async dailyCloses(ex: Executor, unitIds: readonly string[], upTo: string): Promise<KeptRecordRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("daily_closes").select(["id", "counter_id as org_unit_id", "business_date as date"]).where("counter_id", "in", unitIds).where("business_date", "<=", upTo).orderBy("business_date").execute();
  },
  async patrols(ex: Executor, unitIds: readonly string[], upTo: string): Promise<KeptRecordRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("inspections").select(["id", "counter_id as org_unit_id", "business_date as date"]).where("counter_id", "in", unitIds).where("business_date", "<=", upTo).orderBy("business_date").execute();
  },
  async meetings(ex: Executor, unitIds: readonly string[], upTo: string): Promise<KeptRecordRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("daily_meetings").select(["id", "counter_id as org_unit_id", "business_date as date"]).where("counter_id", "in", unitIds).where("business_date", "<=", upTo).orderBy("business_date").execute();
  },
  /** Instants: the caller passes the first instant after the cut-off day. */
  async equipmentFaults(ex: Executor, unitIds: readonly string[], before: string): Promise<KeptRecordRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("equipment_faults").select(["id", "counter_id as org_unit_id", "reported_at as date"]).where("counter_id", "in", unitIds).where("reported_at", "<", before).orderBy("reported_at").execute();
  },
  async complaints(ex: Executor, unitIds: readonly string[], before: string): Promise<KeptRecordRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("cases").select(["id", "origin_unit_id as org_unit_id", "received_at as date"]).where("origin_unit_id", "in", unitIds).where("kind", "=", "complaint").where("received_at", "<", before).orderBy("received_at").execute();
  },
  async notices(ex: Executor, unitIds: readonly string[], before: string): Promise<KeptRecordRow[]> {
    if (unitIds.length === 0) return [];
    return ex.selectFrom("notices").select(["id", "org_unit_id", "published_at as date"]).where("org_unit_id", "in", unitIds).where("published_at", "<", before).orderBy("published_at").execute();
  },
};
