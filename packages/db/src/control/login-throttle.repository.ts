/** K-06 failed sign-ins per (username, client address); SQL only. */
import type { Executor } from "../shared/database.js";

export interface LoginThrottleRow {
  username: string;
  client: string;
  failed_attempts: number;
  locked_until: string | null;
  updated_at: string;
}

export const loginThrottleRepository = {
  async find(ex: Executor, username: string, client: string): Promise<LoginThrottleRow | undefined> {
    return ex.selectFrom("login_throttle").selectAll().where("username", "=", username).where("client", "=", client).executeTakeFirst();
  },
  async save(ex: Executor, row: LoginThrottleRow): Promise<void> {
    await ex
      .insertInto("login_throttle")
      .values(row)
      .onConflict((oc) => oc.columns(["username", "client"]).doUpdateSet({ failed_attempts: row.failed_attempts, locked_until: row.locked_until, updated_at: row.updated_at }))
      .execute();
  },
  async clear(ex: Executor, username: string, client: string): Promise<void> {
    await ex.deleteFrom("login_throttle").where("username", "=", username).where("client", "=", client).execute();
  },
  /** An administrator's unlock clears the username from every client. */
  async clearUsername(ex: Executor, username: string): Promise<void> {
    await ex.deleteFrom("login_throttle").where("username", "=", username).execute();
  },
};
