/**
 * P-08 a decision on the current step of a request's approval chain by an approver of that level in
 * scope. When the last step approves a leave, it enters the leave register (D-06 reads it) and, for a
 * leave of more than one working day at a counter, the K-02 seal hand-back task is created for the
 * working day before it starts. Audited.
 */
import { type ApprovalStep, type RequestState, decideApprovalStep, handBackDueDate, isInSubtree } from "@ccms/core";
import { approvedLeaveRepository, orgUnitRepository, peopleRequestRepository } from "@ccms/db";
import type { DecideRequest, RequestView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requireUser } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";
import { approvalLevelsOf, requestViews } from "./request-view.js";
import { applySwapToRoster } from "./apply-swap-to-roster.js";

const LEVEL_WORDS = { section: "科室负责人", deputy: "分管领导", director: "主要负责人" } as const;
/** The control register's leave kinds (marriage, maternity and bereavement are "other" there). */
const REGISTER_KIND = { personal: "personal", sick: "sick", annual: "annual", marriage: "other", maternity: "other", bereavement: "other" } as const;

export async function decideRequest(ctx: AppContext, principal: UserPrincipal, id: string, body: DecideRequest): Promise<RequestView> {
  const p = requireUser(principal);
  const ex = ctx.database.db;
  const row = await peopleRequestRepository.findById(ex, id);
  const unit = row ? await orgUnitRepository.findById(ex, row.org_unit_id) : undefined;
  if (!row || !unit || !isInSubtree(unit.path, p.scopePath)) throw notFound("people_request", id);
  const now = ctx.clock.now();
  const decided = decideApprovalStep(
    { state: row.state as RequestState, requesterId: row.user_id, steps: JSON.parse(row.steps) as ApprovalStep[] },
    { userId: p.userId, levels: approvalLevelsOf(p) },
    body.decision,
    now.toISOString(),
    body.note ?? null,
  );
  await ctx.tx(async (tx) => {
    let leavePeriodId: string | null = null;
    let handBackDue: string | null = null;
    if (decided.state === "approved" && row.kind === "leave" && row.leave_kind && !row.half_day) {
      const calendar = await calendarForUnit(tx, unit);
      const { workingDays, dueDate } = handBackDueDate(row.date_from, row.date_to, calendar);
      leavePeriodId = ulid();
      await approvedLeaveRepository.insertLeavePeriod(tx, {
        id: leavePeriodId,
        user_id: row.user_id,
        org_unit_id: row.org_unit_id,
        date_from: row.date_from,
        date_to: row.date_to,
        kind: REGISTER_KIND[row.leave_kind as keyof typeof REGISTER_KIND] ?? "other",
        approved: 1,
        working_days: workingDays,
        note: `请假申请 ${row.id}`,
        recorded_by: p.userId,
        created_at: now.toISOString(),
      });
      // K-02 more than one working day away: the seals come back the working day before.
      if (dueDate && unit.kind === "counter") {
        handBackDue = dueDate;
        await approvedLeaveRepository.insertHandBack(tx, {
          id: ulid(),
          counter_id: unit.id,
          leave_id: leavePeriodId,
          user_id: row.user_id,
          due_date: dueDate,
          status: "pending",
          item_ids: "[]",
          received_by: null,
          counted: 0,
          done_at: null,
          created_at: now.toISOString(),
        });
      }
    }
    // P-06 an approved swap changes the published roster (both people), audited
    if (decided.state === "approved" && row.kind === "swap") await applySwapToRoster(ctx, tx, p, row, now);
    await peopleRequestRepository.update(tx, id, {
      steps: JSON.stringify(decided.steps),
      state: decided.state,
      decided_at: decided.state === "pending" ? null : now.toISOString(),
      ...(leavePeriodId ? { leave_period_id: leavePeriodId } : {}),
    });
    const action = decided.state === "rejected" ? "people.request_rejected" : decided.state === "approved" ? "people.request_approved" : "people.request_step_approved";
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action,
      entityType: "people_request",
      entityId: id,
      orgUnitId: row.org_unit_id,
      details: { 审批层级: LEVEL_WORDS[decided.decidedLevel], 结论: body.decision === "approve" ? "同意" : "不同意", 意见: body.note ?? null, 印章交回日: handBackDue },
    });
  });
  return (await requestViews(ex, p, [(await peopleRequestRepository.findById(ex, id))!]))[0]!;
}
