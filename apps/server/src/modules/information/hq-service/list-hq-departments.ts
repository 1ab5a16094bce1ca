/** I-06 the time-limit table (附件三): each HQ department's limit for a task and for an internal enquiry. */
import { hqServiceRepository } from "@ccms/db";
import type { HqDepartmentList } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, requireUser } from "../../../http/principal.js";
import { anyHqPermission } from "./hq-shared.js";

export async function listHqDepartments(ctx: AppContext, principal: Principal | null): Promise<HqDepartmentList> {
  anyHqPermission(requireUser(principal));
  const rows = await hqServiceRepository.departments(ctx.database.db);
  return { items: rows.map((d) => ({ code: d.code, name: d.name, taskDays: d.task_days, enquiryDays: d.enquiry_days, coordination: d.coordination === 1, supervision: d.supervision === 1 })) };
}
