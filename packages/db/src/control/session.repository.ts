import type { Executor } from "../shared/database.js";
import type { DeviceTable, SessionTable } from "../shared/schema.js";

export type SessionRow = SessionTable;
export type DeviceRow = DeviceTable;

export const sessionRepository = {
  async insert(ex: Executor, s: SessionRow): Promise<void> {
    await ex.insertInto("sessions").values(s).execute();
  },
  async findByTokenHash(ex: Executor, tokenHash: string): Promise<SessionRow | undefined> {
    return ex.selectFrom("sessions").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  },
  async touch(ex: Executor, id: string, at: string): Promise<void> {
    await ex.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", id).execute();
  },
  async revoke(ex: Executor, id: string, at: string): Promise<void> {
    await ex.updateTable("sessions").set({ revoked_at: at }).where("id", "=", id).where("revoked_at", "is", null).execute();
  },
  async revokeAllOfUser(ex: Executor, userId: string, at: string, exceptId?: string): Promise<void> {
    let q = ex.updateTable("sessions").set({ revoked_at: at }).where("user_id", "=", userId).where("revoked_at", "is", null);
    if (exceptId) q = q.where("id", "!=", exceptId);
    await q.execute();
  },
  async listActiveOfUser(ex: Executor, userId: string, now: string): Promise<SessionRow[]> {
    return ex
      .selectFrom("sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now)
      .orderBy("created_at", "desc")
      .execute();
  },
};

export const deviceRepository = {
  async insert(ex: Executor, d: DeviceRow): Promise<void> {
    await ex.insertInto("devices").values(d).execute();
  },
  async findById(ex: Executor, id: string): Promise<DeviceRow | undefined> {
    return ex.selectFrom("devices").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findByTokenHash(ex: Executor, tokenHash: string): Promise<DeviceRow | undefined> {
    return ex.selectFrom("devices").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  },
  async listInScope(ex: Executor, scopePath: string): Promise<DeviceRow[]> {
    return ex
      .selectFrom("devices")
      .innerJoin("org_units", "org_units.id", "devices.org_unit_id")
      .selectAll("devices")
      .where("org_units.path", "like", `${scopePath}%`)
      .orderBy("devices.created_at")
      .execute();
  },
  async revoke(ex: Executor, id: string, at: string): Promise<void> {
    await ex.updateTable("devices").set({ revoked_at: at }).where("id", "=", id).execute();
  },
};
