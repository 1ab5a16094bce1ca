/** I-06 a branch files a request or an internal enquiry with the one coordination point; due by the time-limit table (an enquiry: 1 working day). Audited. */
import { requestDueDate } from "@ccms/core";
import { hqServiceRepository } from "@ccms/db";
import type { FileHqRequest, HqRequestView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound, requirePermission, unitInScope } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { hqDay, oneRequestView } from "./hq-shared.js";

export async function fileHqRequest(ctx: AppContext, principal: Principal | null, body: FileHqRequest): Promise<HqRequestView> {
  const p = requirePermission(principal, "information.hq.request");
  const ex = ctx.database.db;
  const from = await unitInScope(ex, p, body.fromUnitId ?? p.orgUnitId);
  const { now, today, calendar } = await hqDay(ctx, ex);
  const coordination = (await hqServiceRepository.departments(ex)).find((d) => d.coordination === 1);
  if (!coordination) throw notFound("hq_department", "coordination");
  const dueDate = requestDueDate(body.kind, today, { code: coordination.code, taskDays: coordination.task_days, enquiryDays: coordination.enquiry_days }, await calendar());
  const id = ulid();
  await ctx.tx(async (tx) => {
    await hqServiceRepository.insertRequest(tx, {
      id,
      from_unit_id: from.id,
      kind: body.kind,
      subject: body.subject,
      content: body.content,
      received_on: today,
      due_date: dueDate,
      state: "received",
      answer: null,
      answered_by: null,
      answered_at: null,
      answered_on: null,
      created_by: p.userId,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "information.hq_request_filed",
      entityType: "hq_request",
      entityId: id,
      orgUnitId: from.id,
      details: { 机构: from.name, 类别: body.kind === "enquiry" ? "咨询" : "需求", 事项: body.subject, 答复期限: dueDate },
    });
  });
  return oneRequestView(ex, id, today);
}
