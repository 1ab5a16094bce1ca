/** I-06 a department's owner (or the delegate) answers its task; dated on HQ's day for the time limit. Audited. */
import { DomainError } from "@ccms/core";
import { hqServiceRepository } from "@ccms/db";
import type { HqRequestView, ReplyHqTask } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound, requireUser } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { departmentNameMap, hqDay, oneRequestView } from "./hq-shared.js";

export async function replyHqTask(ctx: AppContext, principal: Principal | null, id: string, body: ReplyHqTask): Promise<HqRequestView> {
  const p = requireUser(principal);
  const ex = ctx.database.db;
  const task = await hqServiceRepository.findTask(ex, id);
  if (!task || !(p.permissions.has("information.hq.work") || p.permissions.has("information.hq.coordinate"))) {
    if (!task) throw notFound("hq_task", id);
    throw new DomainError("forbidden", "permission_denied", "Missing permission information.hq.work", { action: "information.hq.work" });
  }
  const mine = task.owner_id === p.userId || task.delegate_id === p.userId;
  if (!mine && !p.permissions.has("information.hq.coordinate")) throw new DomainError("forbidden", "hq_task_not_yours", "Only the task's owner or delegate answers it");
  if (task.state !== "open") throw new DomainError("conflict", "hq_task_already_answered", "The task already has its answer");
  const { now, today } = await hqDay(ctx, ex);
  const dept = (await departmentNameMap(ex)).get(task.department_code) ?? task.department_code;
  await ctx.tx(async (tx) => {
    await hqServiceRepository.updateTask(tx, task.id, { state: "answered", reply: body.reply, replied_by: p.userId, replied_at: now.toISOString(), replied_on: today });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "information.hq_task_answered",
      entityType: "hq_request",
      entityId: task.request_id,
      details: { 部门: dept, 责任人: task.owner_name, 代理人: task.delegate_name ?? "", 答复: body.reply, 期限: task.due_date, 答复日期: today, 逾期: today > task.due_date ? "是" : "否" },
    });
  });
  return oneRequestView(ex, task.request_id, today);
}
