/** I-06 the owner, absent more than half a working day, delegates the task (第十条(二)); a missed deadline is then primarily the owner's, secondarily the delegate's. Audited. */
import { DomainError, checkDelegation } from "@ccms/core";
import { hqServiceRepository, userRepository } from "@ccms/db";
import type { DelegateHqTask, HqRequestView } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { hqDay, oneRequestView } from "./hq-shared.js";

export async function delegateHqTask(ctx: AppContext, principal: Principal | null, id: string, body: DelegateHqTask): Promise<HqRequestView> {
  const p = requirePermission(principal, "information.hq.work");
  const ex = ctx.database.db;
  const task = await hqServiceRepository.findTask(ex, id);
  if (!task) throw notFound("hq_task", id);
  if (task.owner_id !== p.userId && !p.permissions.has("information.hq.coordinate")) throw new DomainError("forbidden", "hq_task_not_yours", "Only the task's owner delegates it");
  if (task.state !== "open") throw new DomainError("conflict", "hq_task_already_answered", "The task already has its answer");
  const from = new Date(body.absentFrom);
  const to = new Date(body.absentTo);
  if (to <= from) throw new DomainError("validation", "hq_absence_reversed", "The absence ends before it starts");
  checkDelegation(Math.round((to.getTime() - from.getTime()) / 60000), task.owner_id, body.delegateId);
  const delegate = await userRepository.findById(ex, body.delegateId);
  if (!delegate || !delegate.active) throw notFound("user", body.delegateId);
  const { today, now } = await hqDay(ctx, ex);
  await ctx.tx(async (tx) => {
    await hqServiceRepository.updateTask(tx, task.id, { delegate_id: delegate.id, absent_from: from.toISOString(), absent_to: to.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "information.hq_task_delegated",
      entityType: "hq_request",
      entityId: task.request_id,
      details: { 委托人: task.owner_name, 代理人: delegate.displayName, 离岗: `${body.absentFrom} 至 ${body.absentTo}`, 期限: task.due_date },
    });
  });
  return oneRequestView(ex, task.request_id, today);
}
