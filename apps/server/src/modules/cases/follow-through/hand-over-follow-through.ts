/**
 * C-21 hand a ruled complaint over for follow-through, with a due date in working days by the unit's
 * calendar: a referral of a non-responsible complaint (process, technology, staffing) to the owning
 * department, or a lead on a violation to the supervision/security department. Audited.
 */
import { type RulingCategory, type RulingOutcome, DomainError, followThroughDueDate, localDateOf, referralDepartment } from "@ccms/core";
import { caseWorkRepository, followThroughRepository, hqServiceRepository, orgUnitRepository } from "@ccms/db";
import type { CaseFollowThrough, CreateReferralRequest, CreateViolationLeadRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound } from "../../../http/principal.js";
import { calendarForUnit } from "../../calendar/calendar-service.js";
import { appendAudit } from "../../control/audit.js";
import { assertHandles, loadVisibleCase, need } from "../case-scope.js";
import { viewCaseFollowThrough } from "./view-case-follow-through.js";

type Body = ({ kind: "referral" } & CreateReferralRequest) | ({ kind: "violation_lead" } & CreateViolationLeadRequest);

export async function handOverFollowThrough(ctx: AppContext, principal: Principal | null, caseId: string, body: Body): Promise<CaseFollowThrough> {
  const p = need(principal, "case.followThrough");
  const ex = ctx.database.db;
  const row = await loadVisibleCase(ex, p, caseId);
  assertHandles(p, row);
  const ruling = await caseWorkRepository.rulingOf(ex, row.id);
  if (!ruling) throw new DomainError("unprocessable", "follow_through_no_ruling", "The case has no responsibility ruling yet");
  const departments = await hqServiceRepository.departments(ex);
  let departmentCode: string;
  if (body.kind === "referral") {
    const owning = referralDepartment({ finalOutcome: ruling.final_outcome as RulingOutcome, finalCategory: ruling.final_category as RulingCategory });
    departmentCode = body.departmentCode ?? owning;
  } else {
    const sup = departments.find((d) => d.supervision === 1);
    if (!sup) throw notFound("hq_department", "supervision");
    departmentCode = sup.code;
  }
  const dept = departments.find((d) => d.code === departmentCode);
  if (!dept) throw new DomainError("validation", "hq_unknown_department", "The department is not in the time-limit table", { departmentCode });
  const unit = (await orgUnitRepository.findById(ex, row.org_unit_id))!;
  const calendar = await calendarForUnit(ex, unit);
  const now = ctx.clock.now();
  const today = localDateOf(now, unit.timeZone);
  const days = body.days ?? dept.task_days;
  const dueDate = followThroughDueDate(today, days, calendar);
  await ctx.tx(async (tx) => {
    const id = ulid();
    await followThroughRepository.insert(tx, {
      id,
      case_id: row.id,
      ruling_id: ruling.id,
      org_unit_id: row.org_unit_id,
      kind: body.kind,
      department_code: dept.code,
      owner_name: body.ownerName ?? null,
      subject: body.subject,
      received_on: today,
      due_date: dueDate,
      state: "open",
      reply: null,
      replied_by: null,
      replied_at: null,
      replied_on: null,
      created_by: p.userId,
      created_at: now.toISOString(),
    });
    const what = body.kind === "referral" ? "转交责任部门" : "违规线索移交监察保卫部门";
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: body.kind === "referral" ? "case.follow_through_referred" : "case.violation_lead_handed_over",
      entityType: "case",
      entityId: row.id,
      orgUnitId: row.org_unit_id,
      details: { 诉求编号: row.number, 事项: what, 部门: dept.name, 承办人: body.ownerName ?? "", 答复期限: dueDate, 内容: body.subject },
    });
  });
  return viewCaseFollowThrough(ctx, p, row.id);
}
