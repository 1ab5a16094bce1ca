/**
 * Case causes as a managed list with names (issue 10 item 4, migration 027) and the responsibility
 * committee size per unit (C-12, seed 003 第二篇 Art.18). Tables typed here, reached through a
 * narrowed executor.
 */
import type { Kysely, Transaction } from "kysely";
import type { Executor } from "../shared/database.js";

export interface CaseCauseTable {
  id: string;
  org_unit_id: string | null;
  code: string;
  name_zh: string;
  name_en: string;
  active: number;
  sort_order: number;
  created_by: string | null;
  created_at: string;
  retired_by: string | null;
  retired_at: string | null;
}

export interface UnitCommitteeSettingTable {
  org_unit_id: string;
  min_members: number;
  updated_by: string;
  updated_at: string;
}

export interface CaseCauseTables {
  case_causes: CaseCauseTable;
  unit_committee_settings: UnitCommitteeSettingTable;
}

export interface CaseCause {
  id: string;
  orgUnitId: string | null;
  code: string;
  nameZh: string;
  nameEn: string;
  active: boolean;
  sortOrder: number;
  createdAt: string;
  retiredAt: string | null;
}

type Ex = Kysely<CaseCauseTables> | Transaction<CaseCauseTables>;
const on = (ex: Executor): Ex => ex as unknown as Ex;

function toCause(r: CaseCauseTable): CaseCause {
  return { id: r.id, orgUnitId: r.org_unit_id, code: r.code, nameZh: r.name_zh, nameEn: r.name_en, active: r.active === 1, sortOrder: r.sort_order, createdAt: r.created_at, retiredAt: r.retired_at };
}

export const caseCauseRepository = {
  /** The HQ list and the lists of the given units (a unit's ancestors), active and retired. */
  async forUnits(ex: Executor, unitIds: readonly string[]): Promise<CaseCause[]> {
    const rows = await on(ex)
      .selectFrom("case_causes")
      .selectAll()
      .where((eb) => (unitIds.length > 0 ? eb.or([eb("org_unit_id", "is", null), eb("org_unit_id", "in", unitIds)]) : eb("org_unit_id", "is", null)))
      .orderBy("sort_order")
      .orderBy("code")
      .execute();
    return rows.map(toCause);
  },
  /** Every cause's Chinese name by code (HQ's first, then units'), for exports and reports. */
  async namesZh(ex: Executor): Promise<Record<string, string>> {
    const rows = await on(ex).selectFrom("case_causes").select(["org_unit_id", "code", "name_zh"]).orderBy("sort_order").execute();
    const out: Record<string, string> = {};
    for (const r of [...rows.filter((x) => x.org_unit_id === null), ...rows.filter((x) => x.org_unit_id !== null)]) out[r.code] ??= r.name_zh;
    return out;
  },
  async findById(ex: Executor, id: string): Promise<CaseCause | undefined> {
    const r = await on(ex).selectFrom("case_causes").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? toCause(r) : undefined;
  },
  async insert(ex: Executor, c: CaseCause, by: string): Promise<void> {
    await on(ex)
      .insertInto("case_causes")
      .values({ id: c.id, org_unit_id: c.orgUnitId, code: c.code, name_zh: c.nameZh, name_en: c.nameEn, active: c.active ? 1 : 0, sort_order: c.sortOrder, created_by: by, created_at: c.createdAt, retired_by: null, retired_at: null })
      .execute();
  },
  async setActive(ex: Executor, id: string, active: boolean, by: string, at: string): Promise<boolean> {
    const r = await on(ex)
      .updateTable("case_causes")
      .set(active ? { active: 1, retired_by: null, retired_at: null } : { active: 0, retired_by: by, retired_at: at })
      .where("id", "=", id)
      .where("active", "=", active ? 0 : 1)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  async rename(ex: Executor, id: string, nameZh: string, nameEn: string): Promise<void> {
    await on(ex).updateTable("case_causes").set({ name_zh: nameZh, name_en: nameEn }).where("id", "=", id).execute();
  },
};

export const committeeSettingRepository = {
  async forUnits(ex: Executor, unitIds: readonly string[]): Promise<UnitCommitteeSettingTable[]> {
    if (unitIds.length === 0) return [];
    return on(ex).selectFrom("unit_committee_settings").selectAll().where("org_unit_id", "in", unitIds).execute();
  },
  async upsert(ex: Executor, unitId: string, minMembers: number, by: string, at: string): Promise<void> {
    const db = on(ex);
    const existing = await db.selectFrom("unit_committee_settings").select("org_unit_id").where("org_unit_id", "=", unitId).executeTakeFirst();
    if (existing) await db.updateTable("unit_committee_settings").set({ min_members: minMembers, updated_by: by, updated_at: at }).where("org_unit_id", "=", unitId).execute();
    else await db.insertInto("unit_committee_settings").values({ org_unit_id: unitId, min_members: minMembers, updated_by: by, updated_at: at }).execute();
  },
};
