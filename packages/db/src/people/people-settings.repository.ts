/** A unit's people settings (migration 030): staffing figures and P-08 approval chains. SQL only; a missing row or column means the defaults. */
import type { Kysely, Transaction } from "kysely";
import type { Executor } from "../shared/database.js";

export interface PeopleUnitSettingsTable {
  org_unit_id: string;
  shrinkage: number | null;
  default_aht_seconds: number | null;
  peak_factor: number | null;
  call_centre: number | null;
  /** JSON [{kind, upToHalfDays, steps}] or null. */
  approval_chains: string | null;
  updated_by: string;
  updated_at: string;
}
interface SettingsTables {
  people_unit_settings: PeopleUnitSettingsTable;
}
type Ex = Kysely<SettingsTables> | Transaction<SettingsTables>;
const on = (ex: Executor): Ex => ex as unknown as Ex;

export const peopleSettingsRepository = {
  async find(ex: Executor, orgUnitId: string): Promise<PeopleUnitSettingsTable | undefined> {
    const row = await on(ex).selectFrom("people_unit_settings").selectAll().where("org_unit_id", "=", orgUnitId).executeTakeFirst();
    if (!row) return undefined;
    // PostgreSQL double precision comes back as a number; keep the types the same on both engines
    return { ...row, shrinkage: row.shrinkage === null ? null : Number(row.shrinkage), peak_factor: row.peak_factor === null ? null : Number(row.peak_factor) };
  },
  /** Writes the staffing columns of a unit's row (created when missing), keeping its approval chains. */
  async putStaffing(ex: Executor, orgUnitId: string, v: Pick<PeopleUnitSettingsTable, "shrinkage" | "default_aht_seconds" | "peak_factor" | "call_centre" | "updated_by" | "updated_at">): Promise<void> {
    const db = on(ex);
    const hit = await db.updateTable("people_unit_settings").set(v).where("org_unit_id", "=", orgUnitId).executeTakeFirst();
    if (Number(hit.numUpdatedRows) === 0) await db.insertInto("people_unit_settings").values({ org_unit_id: orgUnitId, approval_chains: null, ...v }).execute();
  },
  /** Writes a unit's approval chains (created when missing), keeping its staffing columns. */
  async putApprovalChains(ex: Executor, orgUnitId: string, v: Pick<PeopleUnitSettingsTable, "approval_chains" | "updated_by" | "updated_at">): Promise<void> {
    const db = on(ex);
    const hit = await db.updateTable("people_unit_settings").set(v).where("org_unit_id", "=", orgUnitId).executeTakeFirst();
    if (Number(hit.numUpdatedRows) === 0) await db.insertInto("people_unit_settings").values({ org_unit_id: orgUnitId, shrinkage: null, default_aht_seconds: null, peak_factor: null, call_centre: null, ...v }).execute();
  },
};
