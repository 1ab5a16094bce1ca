import type { Executor } from "../shared/database.js";

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
