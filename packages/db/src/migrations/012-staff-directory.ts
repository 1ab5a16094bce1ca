/**
 * 012 screens that work for every role (issue 10 item 2). The staff directory needs no table (it reads
 * users and org units, scoped by ORG-01). One default grant (K-07, data an admin may change): the guide
 * (咨询引导) owns corrective actions raised on hall patrols (D-02) and must see and complete them on the
 * corrective-action board, which reads the control registers — `control.read`, as tellers already have.
 */
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

const GRANTS: ReadonlyArray<{ role: string; action: string }> = [{ role: "guide", action: "control.read" }];

export const m012StaffDirectory: Migration = {
  id: "012-staff-directory",
  async up(db: MigrationDb) {
    const now = new Date().toISOString();
    for (const g of GRANTS) {
      const exists = await db.selectFrom("role_permissions").select("role").where("role", "=", g.role).where("action", "=", g.action).executeTakeFirst();
      if (!exists) await db.insertInto("role_permissions").values({ role: g.role, action: g.action, updated_by: null, updated_at: now }).execute();
    }
  },
};
