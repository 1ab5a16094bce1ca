/** I-06 the HQ coordination point's requests, departmental tasks, time-limit table and quality checks: SQL only, no rules. */
import type { Executor } from "../../shared/database.js";
import type { HqDepartmentTable, HqQualityCheckTable, HqRequestTable, HqTaskTable } from "./schema.js";

export type HqDepartmentRow = HqDepartmentTable;
export type HqRequestRow = HqRequestTable & { from_unit_name: string; created_by_name: string };
export type HqTaskRow = HqTaskTable & { owner_name: string; delegate_name: string | null };
export type HqQualityCheckRow = HqQualityCheckTable;

export const hqServiceRepository = {
  async departments(ex: Executor): Promise<HqDepartmentRow[]> {
    return ex.selectFrom("hq_departments").selectAll().orderBy("sort_order").execute();
  },
  async insertRequest(ex: Executor, row: HqRequestTable): Promise<void> {
    await ex.insertInto("hq_requests").values(row).execute();
  },
  async findRequest(ex: Executor, id: string): Promise<HqRequestRow | undefined> {
    return ex
      .selectFrom("hq_requests")
      .innerJoin("org_units", "org_units.id", "hq_requests.from_unit_id")
      .innerJoin("users", "users.id", "hq_requests.created_by")
      .selectAll("hq_requests")
      .select(["org_units.name as from_unit_name", "users.display_name as created_by_name"])
      .where("hq_requests.id", "=", id)
      .executeTakeFirst();
  },
  /** Requests from units under `scopePath` (HQ: all), newest first. */
  async listRequests(ex: Executor, scopePath: string, state?: string): Promise<HqRequestRow[]> {
    let q = ex
      .selectFrom("hq_requests")
      .innerJoin("org_units", "org_units.id", "hq_requests.from_unit_id")
      .innerJoin("users", "users.id", "hq_requests.created_by")
      .selectAll("hq_requests")
      .select(["org_units.name as from_unit_name", "users.display_name as created_by_name"])
      .where("org_units.path", "like", `${scopePath}%`);
    if (state) q = q.where("hq_requests.state", "=", state);
    return q.orderBy("hq_requests.created_at", "desc").orderBy("hq_requests.id", "desc").limit(500).execute();
  },
  async updateRequest(ex: Executor, id: string, patch: Partial<Omit<HqRequestTable, "id" | "created_at" | "created_by">>): Promise<void> {
    await ex.updateTable("hq_requests").set(patch).where("id", "=", id).execute();
  },
  async insertTask(ex: Executor, row: HqTaskTable): Promise<void> {
    await ex.insertInto("hq_tasks").values(row).execute();
  },
  async findTask(ex: Executor, id: string): Promise<HqTaskRow | undefined> {
    return ex
      .selectFrom("hq_tasks")
      .innerJoin("users as o", "o.id", "hq_tasks.owner_id")
      .leftJoin("users as d", "d.id", "hq_tasks.delegate_id")
      .selectAll("hq_tasks")
      .select(["o.display_name as owner_name", "d.display_name as delegate_name"])
      .where("hq_tasks.id", "=", id)
      .executeTakeFirst();
  },
  async tasksOf(ex: Executor, requestIds: readonly string[]): Promise<HqTaskRow[]> {
    if (requestIds.length === 0) return [];
    return ex
      .selectFrom("hq_tasks")
      .innerJoin("users as o", "o.id", "hq_tasks.owner_id")
      .leftJoin("users as d", "d.id", "hq_tasks.delegate_id")
      .selectAll("hq_tasks")
      .select(["o.display_name as owner_name", "d.display_name as delegate_name"])
      .where("hq_tasks.request_id", "in", [...requestIds])
      .orderBy("hq_tasks.due_date")
      .orderBy("hq_tasks.id")
      .execute();
  },
  /** A department's tasks (optionally one person's, as owner or delegate), open first. */
  async tasksOfDepartment(ex: Executor, q: { departmentCode?: string | undefined; userId?: string | undefined; state?: string | undefined }): Promise<HqTaskRow[]> {
    let s = ex
      .selectFrom("hq_tasks")
      .innerJoin("users as o", "o.id", "hq_tasks.owner_id")
      .leftJoin("users as d", "d.id", "hq_tasks.delegate_id")
      .selectAll("hq_tasks")
      .select(["o.display_name as owner_name", "d.display_name as delegate_name"]);
    if (q.departmentCode) s = s.where("hq_tasks.department_code", "=", q.departmentCode);
    const uid = q.userId;
    if (uid) s = s.where((eb) => eb.or([eb("hq_tasks.owner_id", "=", uid), eb("hq_tasks.delegate_id", "=", uid)]));
    if (q.state) s = s.where("hq_tasks.state", "=", q.state);
    return s.orderBy("hq_tasks.state", "desc").orderBy("hq_tasks.due_date").orderBy("hq_tasks.id").limit(1000).execute();
  },
  /** Tasks created within [fromInstant, toInstant) for a quality check. */
  async tasksCreatedBetween(ex: Executor, fromInstant: string, toInstant: string): Promise<HqTaskRow[]> {
    return ex
      .selectFrom("hq_tasks")
      .innerJoin("users as o", "o.id", "hq_tasks.owner_id")
      .leftJoin("users as d", "d.id", "hq_tasks.delegate_id")
      .selectAll("hq_tasks")
      .select(["o.display_name as owner_name", "d.display_name as delegate_name"])
      .where("hq_tasks.created_at", ">=", fromInstant)
      .where("hq_tasks.created_at", "<", toInstant)
      .orderBy("hq_tasks.created_at")
      .limit(20000)
      .execute();
  },
  async updateTask(ex: Executor, id: string, patch: Partial<Omit<HqTaskTable, "id" | "request_id" | "created_at">>): Promise<void> {
    await ex.updateTable("hq_tasks").set(patch).where("id", "=", id).execute();
  },
  async insertQualityCheck(ex: Executor, row: HqQualityCheckTable): Promise<void> {
    await ex.insertInto("hq_quality_checks").values(row).execute();
  },
  async findQualityCheck(ex: Executor, id: string): Promise<HqQualityCheckRow | undefined> {
    return ex.selectFrom("hq_quality_checks").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async listQualityChecks(ex: Executor, publishedOnly: boolean): Promise<HqQualityCheckRow[]> {
    let q = ex.selectFrom("hq_quality_checks").selectAll();
    if (publishedOnly) q = q.where("state", "=", "published");
    return q.orderBy("period_from", "desc").orderBy("id", "desc").limit(200).execute();
  },
  async publishQualityCheck(ex: Executor, id: string, by: string, at: string): Promise<void> {
    await ex.updateTable("hq_quality_checks").set({ state: "published", published_by: by, published_at: at }).where("id", "=", id).execute();
  },
};
