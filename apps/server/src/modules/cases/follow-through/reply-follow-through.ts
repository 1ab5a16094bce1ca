/** C-21 the department's (or supervision's) reply to a follow-through, dated on the unit's day. Audited. */
import { DomainError, localDateOf } from "@ccms/core";
import { followThroughRepository, orgUnitRepository } from "@ccms/db";
import type { CaseFollowThrough, ReplyFollowThroughRequest } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { loadVisibleCase, need } from "../case-scope.js";
import { departmentNames } from "./follow-through-views.js";
import { viewCaseFollowThrough } from "./view-case-follow-through.js";

export async function replyFollowThrough(ctx: AppContext, principal: Principal | null, id: string, body: ReplyFollowThroughRequest): Promise<CaseFollowThrough> {
  const p = need(principal, "case.followThrough");
  const ex = ctx.database.db;
  const ft = await followThroughRepository.find(ex, id);
  if (!ft) throw notFound("follow_through", id);
  const row = await loadVisibleCase(ex, p, ft.case_id).catch(() => {
    throw notFound("follow_through", id);
  });
  if (ft.state !== "open") throw new DomainError("conflict", "follow_through_already_replied", "This follow-through already has its reply");
  const unit = (await orgUnitRepository.findById(ex, ft.org_unit_id))!;
  const now = ctx.clock.now();
  const today = localDateOf(now, unit.timeZone);
  const dept = (await departmentNames(ex)).get(ft.department_code) ?? ft.department_code;
  await ctx.tx(async (tx) => {
    await followThroughRepository.reply(tx, ft.id, { reply: body.reply, replied_by: p.userId, replied_at: now.toISOString(), replied_on: today });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "case.follow_through_replied",
      entityType: "case",
      entityId: row.id,
      orgUnitId: row.org_unit_id,
      details: { 诉求编号: row.number, 部门: dept, 答复: body.reply, 答复日期: today, 期限: ft.due_date, 逾期: today > ft.due_date ? "是" : "否" },
    });
  });
  return viewCaseFollowThrough(ctx, p, row.id);
}
