/** The active counter managers of a counter (K-02 receipt, K-04 compensation). SQL only, no rules. */
import type { Executor } from "../shared/database.js";

export const counterManagerRepository = {
  async listIds(ex: Executor, counterId: string): Promise<string[]> {
    const rows = await ex
      .selectFrom("users")
      .innerJoin("user_roles", "user_roles.user_id", "users.id")
      .select("users.id")
      .where("users.org_unit_id", "=", counterId)
      .where("user_roles.role", "=", "counterManager")
      .where("users.active", "=", 1)
      .execute();
    return rows.map((r) => r.id);
  },
};
