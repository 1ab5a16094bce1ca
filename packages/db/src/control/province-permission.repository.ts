/**
 * K-07 the post-permission table per province (migration 027): versions proposed and accepted (验收)
 * by a second person, and the overrides of the version in force. Tables typed here (not in the shared
 * DB interface) and reached through a narrowed executor.
 */
import type { Kysely, Transaction } from "kysely";
import type { Executor } from "../shared/database.js";

export interface ProvincePermissionVersionTable {
  id: string;
  province_id: string;
  version: number;
  state: string;
  overrides: string;
  reason: string;
  proposed_by: string;
  proposed_by_name: string;
  proposed_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
}

export interface ProvincePermissionOverrideTable {
  province_id: string;
  role: string;
  action: string;
  granted: number;
  version_id: string;
}

export interface RolePermissionRow {
  role: string;
  action: string;
}

export interface ProvincePermissionTables {
  province_permission_versions: ProvincePermissionVersionTable;
  province_permission_overrides: ProvincePermissionOverrideTable;
  role_permissions: RolePermissionRow & { updated_by: string | null; updated_at: string };
}

export type ProvincePermissionVersionState = "proposed" | "inForce" | "superseded" | "rejected";

export interface PermissionOverride {
  role: string;
  action: string;
  granted: boolean;
}

export interface ProvincePermissionVersion {
  id: string;
  provinceId: string;
  version: number;
  state: ProvincePermissionVersionState;
  overrides: PermissionOverride[];
  reason: string;
  proposedBy: string;
  proposedByName: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

type Ex = Kysely<ProvincePermissionTables> | Transaction<ProvincePermissionTables>;
const on = (ex: Executor): Ex => ex as unknown as Ex;

function toVersion(r: ProvincePermissionVersionTable): ProvincePermissionVersion {
  return {
    id: r.id,
    provinceId: r.province_id,
    version: r.version,
    state: r.state as ProvincePermissionVersionState,
    overrides: JSON.parse(r.overrides) as PermissionOverride[],
    reason: r.reason,
    proposedBy: r.proposed_by,
    proposedByName: r.proposed_by_name,
    proposedAt: r.proposed_at,
    decidedBy: r.decided_by,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
  };
}

export const provincePermissionRepository = {
  /**
   * K-07 the actions of `roles` in a province, in one query: the HQ table minus the province's revoked
   * overrides, plus its granted overrides (only the accepted version's overrides are stored there).
   */
  async actionsFor(ex: Executor, roles: readonly string[], provinceId: string): Promise<string[]> {
    if (roles.length === 0) return [];
    const db = on(ex);
    const rows = await db
      .selectFrom("role_permissions as rp")
      .select("rp.action")
      .where("rp.role", "in", roles)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("province_permission_overrides as o")
              .select("o.action")
              .whereRef("o.role", "=", "rp.role")
              .whereRef("o.action", "=", "rp.action")
              .where("o.province_id", "=", provinceId)
              .where("o.granted", "=", 0),
          ),
        ),
      )
      .union(db.selectFrom("province_permission_overrides as g").select("g.action").where("g.province_id", "=", provinceId).where("g.role", "in", roles).where("g.granted", "=", 1))
      .execute();
    return [...new Set(rows.map((r) => r.action))];
  },
  async overridesInForce(ex: Executor, provinceId: string): Promise<PermissionOverride[]> {
    const rows = await on(ex).selectFrom("province_permission_overrides").select(["role", "action", "granted"]).where("province_id", "=", provinceId).orderBy("role").orderBy("action").execute();
    return rows.map((r) => ({ role: r.role, action: r.action, granted: r.granted === 1 }));
  },
  async versions(ex: Executor, provinceId: string): Promise<ProvincePermissionVersion[]> {
    const rows = await on(ex).selectFrom("province_permission_versions").selectAll().where("province_id", "=", provinceId).orderBy("version", "desc").execute();
    return rows.map(toVersion);
  },
  async findVersion(ex: Executor, id: string): Promise<ProvincePermissionVersion | undefined> {
    const r = await on(ex).selectFrom("province_permission_versions").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? toVersion(r) : undefined;
  },
  async nextVersionNumber(ex: Executor, provinceId: string): Promise<number> {
    const r = await on(ex)
      .selectFrom("province_permission_versions")
      .select((eb) => eb.fn.max("version").as("v"))
      .where("province_id", "=", provinceId)
      .executeTakeFirst();
    return Number(r?.v ?? 0) + 1;
  },
  async insertVersion(ex: Executor, v: ProvincePermissionVersion): Promise<void> {
    await on(ex)
      .insertInto("province_permission_versions")
      .values({
        id: v.id,
        province_id: v.provinceId,
        version: v.version,
        state: v.state,
        overrides: JSON.stringify(v.overrides),
        reason: v.reason,
        proposed_by: v.proposedBy,
        proposed_by_name: v.proposedByName,
        proposed_at: v.proposedAt,
        decided_by: v.decidedBy,
        decided_by_name: v.decidedByName,
        decided_at: v.decidedAt,
        decision_note: v.decisionNote,
      })
      .execute();
  },
  /** Decide a proposal; false when it was no longer proposed (someone decided it first). */
  async decide(ex: Executor, id: string, state: "inForce" | "rejected", by: string, byName: string, at: string, note: string | null): Promise<boolean> {
    const r = await on(ex)
      .updateTable("province_permission_versions")
      .set({ state, decided_by: by, decided_by_name: byName, decided_at: at, decision_note: note })
      .where("id", "=", id)
      .where("state", "=", "proposed")
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  /** Put an accepted version in force: the previous one is superseded and its overrides replaced. */
  async putInForce(ex: Executor, v: ProvincePermissionVersion): Promise<void> {
    const db = on(ex);
    await db.updateTable("province_permission_versions").set({ state: "superseded" }).where("province_id", "=", v.provinceId).where("state", "=", "inForce").where("id", "<>", v.id).execute();
    await db.deleteFrom("province_permission_overrides").where("province_id", "=", v.provinceId).execute();
    if (v.overrides.length > 0) {
      await db
        .insertInto("province_permission_overrides")
        .values(v.overrides.map((o) => ({ province_id: v.provinceId, role: o.role, action: o.action, granted: o.granted ? 1 : 0, version_id: v.id })))
        .execute();
    }
  },
};
