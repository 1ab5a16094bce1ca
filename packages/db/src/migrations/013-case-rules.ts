/**
 * 013 Case rules enforced (issue 11):
 * - C-07 pausing a reply clock needs approval: the `case.approvePause` action for the counter manager
 *   and the levels above; pauses recorded before approvals existed are marked `autoApproved` so that
 *   their history computes as it did;
 * - C-18 admissibility criteria recorded at intake (JSON; null for cases taken in before);
 * - C-12 a ruling records its committee (members and votes in favour; JSON; null before);
 * - Q-10 (seed 001 八) VIP-room bookings are approved by the counter head only: the duty manager's
 *   default grant of `appointment.approve` is withdrawn (administrators may grant it again as data).
 */
import type { MigrationDb } from "./migration-db.js";
import type { Migration } from "./migration-db.js";

const GRANTS: Record<string, string[]> = {
  counterManager: ["case.approvePause"],
  branchAdmin: ["case.approvePause"],
  hqAdmin: ["case.approvePause"],
};

export const m013CaseRules: Migration = {
  id: "013-case-rules",
  async up(db: MigrationDb) {
    const now = new Date().toISOString();
    const existing = await db.selectFrom("role_permissions").select(["role", "action"]).execute();
    const have = new Set(existing.map((r: { role: string; action: string }) => `${r.role}:${r.action}`));
    const rows = Object.entries(GRANTS).flatMap(([role, actions]) =>
      actions.filter((a) => !have.has(`${role}:${a}`)).map((action) => ({ role, action, updated_by: null, updated_at: now })),
    );
    if (rows.length) await db.insertInto("role_permissions").values(rows).execute();

    const paused = await db.selectFrom("case_events").select(["id", "data"]).where("type", "=", "case.paused").execute();
    for (const e of paused as Array<{ id: string; data: string }>) {
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(e.data) as Record<string, unknown>;
      } catch {
        data = {};
      }
      await db.updateTable("case_events").set({ data: JSON.stringify({ ...data, autoApproved: true }) }).where("id", "=", e.id).execute();
    }

    await db.deleteFrom("role_permissions").where("role", "=", "dutyManager").where("action", "=", "appointment.approve").execute();

    await db.schema.alterTable("cases").addColumn("admissibility", "text").execute();
    await db.schema.alterTable("case_rulings").addColumn("committee", "text").execute();
  },
};
