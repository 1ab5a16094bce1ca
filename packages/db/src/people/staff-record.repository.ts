/** P-02, P-15 staff records and their certificates: SQL only, no rules. */
import type { Executor } from "../shared/database.js";
import type { PeopleCertificateTable, PeopleStaffTable } from "./schema.js";

export type StaffRecordRow = PeopleStaffTable & { display_name: string; username: string; unit_name: string; active: number };
export type CertificateRow = PeopleCertificateTable;

export const staffRecordRepository = {
  async find(ex: Executor, userId: string): Promise<StaffRecordRow | undefined> {
    return ex
      .selectFrom("people_staff")
      .innerJoin("users", "users.id", "people_staff.user_id")
      .innerJoin("org_units", "org_units.id", "people_staff.org_unit_id")
      .selectAll("people_staff")
      .select(["users.display_name as display_name", "users.username as username", "users.active as active", "org_units.name as unit_name"])
      .where("people_staff.user_id", "=", userId)
      .executeTakeFirst();
  },
  /** Records of the units whose path starts with `unitPath` (the unit and below). */
  async listUnder(ex: Executor, unitPath: string): Promise<StaffRecordRow[]> {
    return ex
      .selectFrom("people_staff")
      .innerJoin("users", "users.id", "people_staff.user_id")
      .innerJoin("org_units", "org_units.id", "people_staff.org_unit_id")
      .selectAll("people_staff")
      .select(["users.display_name as display_name", "users.username as username", "users.active as active", "org_units.name as unit_name"])
      .where("org_units.path", "like", `${unitPath}%`)
      .orderBy("org_units.path")
      .orderBy("users.username")
      .limit(5000)
      .execute();
  },
  async insert(ex: Executor, row: PeopleStaffTable): Promise<void> {
    await ex.insertInto("people_staff").values(row).execute();
  },
  async update(ex: Executor, userId: string, patch: Partial<Omit<PeopleStaffTable, "user_id" | "created_at" | "created_by">>): Promise<void> {
    await ex.updateTable("people_staff").set(patch).where("user_id", "=", userId).execute();
  },
  async certificatesOf(ex: Executor, userIds: readonly string[]): Promise<CertificateRow[]> {
    if (userIds.length === 0) return [];
    const out: CertificateRow[] = [];
    for (let i = 0; i < userIds.length; i += 500) {
      const chunk = userIds.slice(i, i + 500);
      out.push(...(await ex.selectFrom("people_certificates").selectAll().where("user_id", "in", chunk).orderBy("user_id").orderBy("kind").orderBy("expires_on").execute()));
    }
    return out;
  },
  /** Display names of users (any unit): "who" columns show names, never ids. */
  async namesOf(ex: Executor, userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds.filter((i) => i))];
    if (ids.length === 0) return new Map();
    const rows = await ex.selectFrom("users").select(["id", "display_name"]).where("id", "in", ids).execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  },
  async insertCertificate(ex: Executor, row: CertificateRow): Promise<void> {
    await ex.insertInto("people_certificates").values(row).execute();
  },
};
