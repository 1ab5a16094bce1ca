/** People named in daily-operations records, with the path of their unit (for names and scope checks). SQL only. */
import type { Executor } from "../shared/database.js";

export interface StaffLookupRow {
  id: string;
  displayName: string;
  orgUnitId: string;
  active: boolean;
  path: string;
}

export const staffLookupRepository = {
  async findByIds(ex: Executor, ids: readonly string[]): Promise<StaffLookupRow[]> {
    const uniq = [...new Set(ids.filter((i) => i))];
    if (uniq.length === 0) return [];
    const rows = await ex
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id as id", "users.display_name as display_name", "users.org_unit_id as org_unit_id", "users.active as active", "org_units.path as path"])
      .where("users.id", "in", uniq)
      .execute();
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, orgUnitId: r.org_unit_id, active: Number(r.active) === 1, path: r.path }));
  },
  /** The active staff of one unit (by username) with their roles. */
  async listActiveAtUnit(ex: Executor, unitId: string): Promise<Array<{ id: string; displayName: string; orgUnitId: string; roles: string[] }>> {
    const users = await ex.selectFrom("users").select(["id", "display_name", "org_unit_id"]).where("org_unit_id", "=", unitId).where("active", "=", 1).orderBy("username").execute();
    const roles = users.length ? await ex.selectFrom("user_roles").select(["user_id", "role"]).where("user_id", "in", users.map((u) => u.id)).execute() : [];
    return users.map((u) => ({ id: u.id, displayName: u.display_name, orgUnitId: u.org_unit_id, roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role) }));
  },
};
