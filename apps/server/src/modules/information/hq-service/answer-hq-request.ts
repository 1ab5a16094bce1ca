/** I-06 the coordination point answers the branch once every department has answered. Audited. */
import { type HqTaskState, DomainError, mayAnswerRequest } from "@ccms/core";
import { hqServiceRepository } from "@ccms/db";
import type { AnswerHqRequest, HqRequestView } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { hqDay, loadRequest, oneRequestView } from "./hq-shared.js";

export async function answerHqRequest(ctx: AppContext, principal: Principal | null, id: string, body: AnswerHqRequest): Promise<HqRequestView> {
  const p = requirePermission(principal, "information.hq.coordinate");
  const ex = ctx.database.db;
  const req = await loadRequest(ex, p, id);
  if (req.state === "answered") throw new DomainError("conflict", "hq_request_already_answered", "The request is already answered");
  mayAnswerRequest((await hqServiceRepository.tasksOf(ex, [req.id])).map((t) => ({ state: t.state as HqTaskState })));
  const { now, today } = await hqDay(ctx, ex);
  await ctx.tx(async (tx) => {
    await hqServiceRepository.updateRequest(tx, req.id, { state: "answered", answer: body.answer, answered_by: p.userId, answered_at: now.toISOString(), answered_on: today });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "information.hq_request_answered",
      entityType: "hq_request",
      entityId: req.id,
      orgUnitId: req.from_unit_id,
      details: { 机构: req.from_unit_name, 事项: req.subject, 答复: body.answer, 期限: req.due_date, 答复日期: today, 逾期: today > req.due_date ? "是" : "否" },
    });
  });
  return oneRequestView(ex, req.id, today);
}
