import type { Executor } from "../shared/database.js";
import type { UserTable } from "../shared/schema.js";

export interface User {
  id: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  passwordHash: string;
  passwordChangedAt: string;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  active: boolean;
  createdAt: string;
  deactivatedAt: string | null;
  roles: string[];
}

function toUser(r: UserTable, roles: string[]): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    orgUnitId: r.org_unit_id,
    passwordHash: r.password_hash,
    passwordChangedAt: r.password_changed_at,
    mustChangePassword: r.must_change_password === 1,
    failedAttempts: r.failed_attempts,
    lockedUntil: r.locked_until,
    active: r.active === 1,
    createdAt: r.created_at,
    deactivatedAt: r.deactivated_at,
    roles,
  };
}

async function rolesOf(ex: Executor, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await ex.selectFrom("user_roles").selectAll().where("user_id", "in", ids).orderBy("role").execute();
  for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.role]);
  return map;
}

export const userRepository = {
  async insert(ex: Executor, u: User): Promise<void> {
    await ex
      .insertInto("users")
      .values({
        id: u.id,
        username: u.username,
        display_name: u.displayName,
        org_unit_id: u.orgUnitId,
        password_hash: u.passwordHash,
        password_changed_at: u.passwordChangedAt,
        must_change_password: u.mustChangePassword ? 1 : 0,
        failed_attempts: u.failedAttempts,
        locked_until: u.lockedUntil,
        active: u.active ? 1 : 0,
        created_at: u.createdAt,
        deactivated_at: u.deactivatedAt,
      })
      .execute();
    if (u.roles.length > 0) {
      await ex.insertInto("user_roles").values(u.roles.map((role) => ({ user_id: u.id, role }))).execute();
    }
  },

  async findById(ex: Executor, id: string): Promise<User | undefined> {
    const r = await ex.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    if (!r) return undefined;
    return toUser(r, (await rolesOf(ex, [r.id])).get(r.id) ?? []);
  },

  async findByUsername(ex: Executor, username: string): Promise<User | undefined> {
    const r = await ex.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
    if (!r) return undefined;
    return toUser(r, (await rolesOf(ex, [r.id])).get(r.id) ?? []);
  },

  async count(ex: Executor): Promise<number> {
    const r = await ex.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** Users whose unit is in the scope subtree. */
  async listInScope(ex: Executor, scopePath: string, orgUnitId?: string): Promise<User[]> {
    let q = ex
      .selectFrom("users")
      .innerJoin("org_units", "org_units.id", "users.org_unit_id")
      .selectAll("users")
      .where("org_units.path", "like", `${scopePath}%`);
    if (orgUnitId) q = q.where("users.org_unit_id", "=", orgUnitId);
    const rows = await q.orderBy("users.username").execute();
    const roles = await rolesOf(ex, rows.map((r) => r.id));
    return rows.map((r) => toUser(r, roles.get(r.id) ?? []));
  },

  async setLockState(ex: Executor, id: string, failedAttempts: number, lockedUntil: string | null): Promise<void> {
    await ex.updateTable("users").set({ failed_attempts: failedAttempts, locked_until: lockedUntil }).where("id", "=", id).execute();
  },

  async setPassword(ex: Executor, id: string, hash: string, at: string, mustChange: boolean): Promise<void> {
    await ex
      .updateTable("users")
      .set({ password_hash: hash, password_changed_at: at, must_change_password: mustChange ? 1 : 0, failed_attempts: 0, locked_until: null })
      .where("id", "=", id)
      .execute();
    await ex.insertInto("password_history").values({ user_id: id, password_hash: hash, created_at: at }).execute();
  },

  async recentPasswordHashes(ex: Executor, id: string, limit: number): Promise<string[]> {
    const rows = await ex
      .selectFrom("password_history")
      .select("password_hash")
      .where("user_id", "=", id)
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => r.password_hash);
  },

  async update(
    ex: Executor,
    id: string,
    patch: { displayName?: string; active?: boolean; deactivatedAt?: string | null; orgUnitId?: string },
  ): Promise<void> {
    const set = {
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
      ...(patch.deactivatedAt !== undefined ? { deactivated_at: patch.deactivatedAt } : {}),
      ...(patch.orgUnitId !== undefined ? { org_unit_id: patch.orgUnitId } : {}),
    };
    if (Object.keys(set).length > 0) await ex.updateTable("users").set(set).where("id", "=", id).execute();
  },

  async setRoles(ex: Executor, id: string, roles: readonly string[]): Promise<void> {
    await ex.deleteFrom("user_roles").where("user_id", "=", id).execute();
    if (roles.length > 0) await ex.insertInto("user_roles").values(roles.map((role) => ({ user_id: id, role }))).execute();
  },
};
