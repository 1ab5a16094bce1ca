/** I-06 a department's task list (or one's own as owner or delegate), with status and responsibility for a missed deadline. */
import { hqServiceRepository } from "@ccms/db";
import type { HqTaskList, ListHqTasksQuery } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, requirePermission } from "../../../http/principal.js";
import { departmentNameMap, hqDay, taskView } from "./hq-shared.js";

export async function listHqTasks(ctx: AppContext, principal: Principal | null, q: ListHqTasksQuery): Promise<HqTaskList> {
  const p = requirePermission(principal, "information.hq.work");
  const ex = ctx.database.db;
  const { today } = await hqDay(ctx, ex);
  const rows = await hqServiceRepository.tasksOfDepartment(ex, { departmentCode: q.departmentCode, userId: q.mine === "1" ? p.userId : undefined });
  const requests = new Map<string, { subject: string; from_unit_name: string }>();
  for (const id of new Set(rows.map((r) => r.request_id))) {
    const r = await hqServiceRepository.findRequest(ex, id);
    if (r) requests.set(id, r);
  }
  const depts = await departmentNameMap(ex);
  const items = rows.map((t) => taskView(t, requests.get(t.request_id) ?? { subject: "", from_unit_name: "" }, depts, today));
  return { items: q.status ? items.filter((i) => i.status === q.status) : items };
}
