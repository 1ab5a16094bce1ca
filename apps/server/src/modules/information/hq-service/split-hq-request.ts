/** I-06 the coordination point splits a request into departmental tasks, each with its time limit and a named HQ owner. Audited. */
import { DomainError, splitRequest } from "@ccms/core";
import { hqServiceRepository, orgUnitRepository, userRepository } from "@ccms/db";
import type { HqRequestView, SplitHqRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../../control/audit.js";
import { hqDay, loadRequest, oneRequestView } from "./hq-shared.js";

export async function splitHqRequest(ctx: AppContext, principal: Principal | null, id: string, body: SplitHqRequest): Promise<HqRequestView> {
  const p = requirePermission(principal, "information.hq.coordinate");
  const ex = ctx.database.db;
  const req = await loadRequest(ex, p, id);
  if (req.state !== "received") throw new DomainError("conflict", "hq_request_already_split", "The request is already split into tasks");
  const { hq, now, today, calendar } = await hqDay(ctx, ex);
  const owners = new Map<string, string>();
  for (const t of body.tasks) {
    const u = await userRepository.findById(ex, t.ownerId);
    const unit = u ? await orgUnitRepository.findById(ex, u.orgUnitId) : undefined;
    if (!u || !u.active || !unit || unit.id !== hq.id) throw new DomainError("validation", "hq_owner_not_hq_staff", "The owner must be an active person of HQ", { ownerId: t.ownerId });
    owners.set(u.id, u.displayName);
  }
  const departments = await hqServiceRepository.departments(ex);
  const split = splitRequest(req.kind as "request" | "enquiry", today, body.tasks, departments.map((d) => ({ code: d.code, taskDays: d.task_days, enquiryDays: d.enquiry_days })), await calendar());
  const names = new Map(departments.map((d) => [d.code, d.name]));
  await ctx.tx(async (tx) => {
    for (const t of split.tasks) {
      await hqServiceRepository.insertTask(tx, {
        id: ulid(),
        request_id: req.id,
        department_code: t.departmentCode,
        owner_id: t.ownerId,
        delegate_id: null,
        absent_from: null,
        absent_to: null,
        limit_days: t.limitDays,
        due_date: t.dueDate,
        state: "open",
        reply: null,
        replied_by: null,
        replied_at: null,
        replied_on: null,
        created_at: now.toISOString(),
      });
    }
    const due = split.dueDate > req.due_date ? split.dueDate : req.due_date;
    await hqServiceRepository.updateRequest(tx, req.id, { state: "split", due_date: due });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "information.hq_request_split",
      entityType: "hq_request",
      entityId: req.id,
      orgUnitId: req.from_unit_id,
      details: { 事项: req.subject, 分解: split.tasks.map((t) => ({ 部门: names.get(t.departmentCode), 责任人: owners.get(t.ownerId), 时限: `${t.limitDays} 个工作日`, 期限: t.dueDate })) },
    });
  });
  return oneRequestView(ex, req.id, today);
}
