/** ORG-01 the staff directory: people of a unit path (and below), with their roles and unit name. */
import type { Executor } from "../shared/database.js";

export interface StaffDirectoryRow {
  id: string;
  displayName: string;
  roles: string[];
  orgUnitId: string;
  orgUnitName: string;
  active: boolean;
}

export const staffDirectoryRepository = {
  /** People whose unit path starts with `unitPath` (or equals it when `subtree` is false). */
  async list(ex: Executor, unitPath: string, opts: { subtree: boolean; includeInactive: boolean }): Promise<StaffDirectoryRow[]> {
    let q = ex
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .select(["users.id as id", "users.display_name as display_name", "users.org_unit_id as org_unit_id", "users.active as active", "org_units.name as unit_name"]);
    q = opts.subtree ? q.where("org_units.path", "like", `${unitPath}%`) : q.where("org_units.path", "=", unitPath);
    if (!opts.includeInactive) q = q.where("users.active", "=", 1);
    const rows = await q.orderBy("org_units.path").orderBy("users.username").limit(5000).execute();
    const roles = new Map<string, string[]>();
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rr = await ex.selectFrom("user_roles").select(["user_id", "role"]).where("user_id", "in", chunk).orderBy("role").execute();
      for (const r of rr) roles.set(r.user_id, [...(roles.get(r.user_id) ?? []), r.role]);
    }
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      roles: roles.get(r.id) ?? [],
      orgUnitId: r.org_unit_id,
      orgUnitName: r.unit_name,
      active: r.active === 1,
    }));
  },
};
