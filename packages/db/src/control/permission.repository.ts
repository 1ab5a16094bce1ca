import type { Executor } from "../shared/database.js";
import { provincePermissionRepository } from "./province-permission.repository.js";

export interface RolePermission {
  role: string;
  action: string;
}

export const permissionRepository = {
  async list(ex: Executor): Promise<RolePermission[]> {
    return ex.selectFrom("role_permissions").select(["role", "action"]).orderBy("role").orderBy("action").execute();
  },
  async listForRoles(ex: Executor, roles: readonly string[]): Promise<string[]> {
    if (roles.length === 0) return [];
    const rows = await ex.selectFrom("role_permissions").select("action").distinct().where("role", "in", roles).execute();
    return rows.map((r) => r.action);
  },
  /**
   * K-07 the actions of a user's posts where the user works: the HQ table, with the accepted overrides
   * of the user's province when the unit lies in one (one query either way).
   */
  async listForUser(ex: Executor, roles: readonly string[], unitPath: string): Promise<string[]> {
    const provinceId = provinceIdOf(unitPath);
    return provinceId ? provincePermissionRepository.actionsFor(ex, roles, provinceId) : this.listForRoles(ex, roles);
  },
  async grant(ex: Executor, role: string, action: string, by: string, at: string): Promise<boolean> {
    const existing = await ex
      .selectFrom("role_permissions")
      .select("role")
      .where("role", "=", role)
      .where("action", "=", action)
      .executeTakeFirst();
    if (existing) return false;
    await ex.insertInto("role_permissions").values({ role, action, updated_by: by, updated_at: at }).execute();
    return true;
  },
  async revoke(ex: Executor, role: string, action: string): Promise<boolean> {
    const r = await ex.deleteFrom("role_permissions").where("role", "=", role).where("action", "=", action).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};

/** The province of a unit from its materialised path ("/hq/province/city/counter/"); null for HQ. */
export function provinceIdOf(unitPath: string): string | null {
  const ids = unitPath.split("/").filter((x) => x.length > 0);
  return ids.length >= 2 ? ids[1]! : null;
}
