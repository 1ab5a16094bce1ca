import type { BusinessHours, OrgKind } from "@ccms/core";
import type { Executor } from "../shared/database.js";
import type { OrgUnitTable } from "../shared/schema.js";

export interface OrgUnit {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  code: string;
  path: string;
  depth: number;
  timeZone: string;
  businessHours: BusinessHours;
  lunchDuty: boolean;
  /** CAL-05 7×24 service. */
  alwaysOpen: boolean;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export function toOrgUnit(r: OrgUnitTable): OrgUnit {
  return {
    id: r.id,
    parentId: r.parent_id,
    kind: r.kind as OrgKind,
    name: r.name,
    code: r.code,
    path: r.path,
    depth: r.depth,
    timeZone: r.time_zone,
    businessHours: JSON.parse(r.business_hours) as BusinessHours,
    lunchDuty: r.lunch_duty === 1,
    alwaysOpen: r.always_open === 1,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const orgUnitRepository = {
  async insert(ex: Executor, u: OrgUnit): Promise<void> {
    await ex
      .insertInto("org_units")
      .values({
        id: u.id,
        parent_id: u.parentId,
        kind: u.kind,
        name: u.name,
        code: u.code,
        path: u.path,
        depth: u.depth,
        time_zone: u.timeZone,
        business_hours: JSON.stringify(u.businessHours),
        lunch_duty: u.lunchDuty ? 1 : 0,
        always_open: u.alwaysOpen ? 1 : 0,
        active: u.active ? 1 : 0,
        created_at: u.createdAt,
        updated_at: u.updatedAt,
      })
      .execute();
  },

  async update(
    ex: Executor,
    id: string,
    patch: Partial<Pick<OrgUnit, "name" | "timeZone" | "businessHours" | "lunchDuty" | "alwaysOpen" | "active">>,
    at: string,
  ): Promise<void> {
    await ex
      .updateTable("org_units")
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
        ...(patch.businessHours !== undefined ? { business_hours: JSON.stringify(patch.businessHours) } : {}),
        ...(patch.lunchDuty !== undefined ? { lunch_duty: patch.lunchDuty ? 1 : 0 } : {}),
        ...(patch.alwaysOpen !== undefined ? { always_open: patch.alwaysOpen ? 1 : 0 } : {}),
        ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
        updated_at: at,
      })
      .where("id", "=", id)
      .execute();
  },

  async findById(ex: Executor, id: string): Promise<OrgUnit | undefined> {
    const r = await ex.selectFrom("org_units").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? toOrgUnit(r) : undefined;
  },

  async findByCode(ex: Executor, code: string): Promise<OrgUnit | undefined> {
    const r = await ex.selectFrom("org_units").selectAll().where("code", "=", code).executeTakeFirst();
    return r ? toOrgUnit(r) : undefined;
  },

  async findByIds(ex: Executor, ids: readonly string[]): Promise<OrgUnit[]> {
    if (ids.length === 0) return [];
    const rows = await ex.selectFrom("org_units").selectAll().where("id", "in", ids).execute();
    return rows.map(toOrgUnit);
  },

  async listChildren(ex: Executor, parentId: string): Promise<OrgUnit[]> {
    const rows = await ex.selectFrom("org_units").selectAll().where("parent_id", "=", parentId).orderBy("code").execute();
    return rows.map(toOrgUnit);
  },

  /** Every unit under (and including) the scope path. */
  async listSubtree(ex: Executor, scopePath: string): Promise<OrgUnit[]> {
    const rows = await ex
      .selectFrom("org_units")
      .selectAll()
      .where("path", "like", `${scopePath}%`)
      .orderBy("depth")
      .orderBy("code")
      .execute();
    return rows.map(toOrgUnit);
  },

  async findRoot(ex: Executor): Promise<OrgUnit | undefined> {
    const r = await ex.selectFrom("org_units").selectAll().where("parent_id", "is", null).executeTakeFirst();
    return r ? toOrgUnit(r) : undefined;
  },
};
