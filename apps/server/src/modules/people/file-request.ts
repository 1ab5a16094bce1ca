/**
 * P-06…P-10 a leave or swap request filed by the person for themselves, checked against the rules
 * (a violation is refused with its code, warnings are kept for the approver), with its P-08 approval
 * chain by kind and length as configured for the requester's unit (migration 030; defaults 003-3 Art.17). Audited.
 */
import {
  DomainError,
  type LeaveRequestKind,
  addDays,
  approvalChainFor,
  checkLeaveRequest,
  checkSwapRequest,
  localDateOf,
  newSteps,
  oneMonthAfter,
  postsLeftUnstaffed,
} from "@ccms/core";
import { abPostRepository, orgUnitRepository, peopleRequestRepository } from "@ccms/db";
import type { FileRequest, RequestView } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, userIdInScope } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";
import { requestViews } from "./request-view.js";
import { approvalChainsFor } from "./unit-settings.js";

const LEAVE_WORDS: Record<LeaveRequestKind, string> = { personal: "事假", sick: "病假", annual: "年休假", marriage: "婚假", maternity: "产假", bereavement: "丧假" };

function refuse(violations: readonly string[]): never {
  throw new DomainError("unprocessable", violations[0]!, "The request breaks a rule", { violations });
}

export async function fileRequest(ctx: AppContext, p: UserPrincipal, body: FileRequest): Promise<RequestView> {
  requirePermission(p, "people.request");
  const ex = ctx.database.db;
  const unit = (await orgUnitRepository.findById(ex, p.orgUnitId))!;
  const calendar = await calendarForUnit(ex, unit);
  const now = ctx.clock.now();
  const today = localDateOf(now, unit.timeZone);
  const id = ulid();
  // P-08 the chain configured for the requester's unit (003-3 Art.17 defaults when none)
  const chains = (await approvalChainsFor(ex, unit.id)).rules;
  let row: Parameters<typeof peopleRequestRepository.insert>[1];
  let audit: Record<string, unknown>;

  if (body.kind === "leave") {
    if (body.delegateUserId) {
      const d = await userIdInScope(ex, p, body.delegateUserId);
      if (d.id === p.userId) throw new DomainError("validation", "delegate_is_requester", "The delegate must be another person");
    }
    const check = checkLeaveRequest(
      {
        kind: body.leaveKind,
        from: body.from,
        to: body.to,
        halfDay: body.halfDay ?? null,
        sudden: body.sudden ?? false,
        certificateRef: body.certificateRef ?? null,
        delegateUserId: body.delegateUserId ?? null,
        filedOn: today,
      },
      {
        calendar,
        annualOverlap: await peopleRequestRepository.annualLeaveOverlapping(ex, unit.id, p.userId, body.from, body.to),
        ownOverlap: await peopleRequestRepository.countOwnLeaveOverlapping(ex, p.userId, body.from, body.to),
      },
    );
    if (check.violations.length > 0) refuse(check.violations);
    // P-09 an AB post is never unstaffed: the other holder must not be away at the same time
    const posts = (await abPostRepository.listByUnit(ex, unit.id)).map((x) => ({ post: x.post, aUserId: x.a_user_id, bUserId: x.b_user_id }));
    const partners = posts.flatMap((x) => [x.aUserId, x.bUserId]).filter((u) => u !== p.userId);
    const unstaffed = postsLeftUnstaffed(posts, p.userId, new Set(await abPostRepository.awayBetween(ex, partners, body.from, body.to)));
    if (unstaffed.length > 0) throw new DomainError("unprocessable", "ab_post_uncovered", "Both holders of an AB post would be away", { posts: unstaffed });
    const steps = newSteps(approvalChainFor(body.leaveKind, check.halfDays, chains));
    row = {
      id,
      kind: "leave",
      user_id: p.userId,
      org_unit_id: unit.id,
      leave_kind: body.leaveKind,
      date_from: body.from,
      date_to: body.to,
      half_day: body.halfDay ?? null,
      half_days: check.halfDays,
      sudden: body.sudden ? 1 : 0,
      certificate_ref: body.certificateRef ?? null,
      reason: body.reason ?? null,
      swap_with_user_id: null,
      swap_shift_from: null,
      swap_shift_to: null,
      exception: 0,
      delegate_user_id: body.delegateUserId ?? null,
      warnings: JSON.stringify(check.warnings),
      steps: JSON.stringify(steps),
      state: "pending",
      leave_period_id: null,
      created_by: p.userId,
      created_at: now.toISOString(),
      decided_at: null,
    };
    audit = { 类型: LEAVE_WORDS[body.leaveKind], 起: body.from, 止: body.to, 天数: check.halfDays / 2, 审批层级: steps.length, 提示: check.warnings };
  } else {
    const other = await userIdInScope(ex, p, body.withUserId);
    const monthStart = `${body.date.slice(0, 7)}-01`;
    const check = checkSwapRequest(
      {
        date: body.date,
        filedOn: today,
        requesterId: p.userId,
        withUserId: other.id,
        fromShift: body.fromShift,
        toShift: body.toShift,
        exception: body.exception ?? false,
        swapsThisMonth: await peopleRequestRepository.countSwapsInMonth(ex, p.userId, monthStart, addDays(oneMonthAfter(monthStart), -1)),
      },
      calendar,
    );
    if (check.violations.length > 0) refuse(check.violations);
    const steps = newSteps(approvalChainFor("swap", 2, chains));
    row = {
      id,
      kind: "swap",
      user_id: p.userId,
      org_unit_id: unit.id,
      leave_kind: null,
      date_from: body.date,
      date_to: body.date,
      half_day: null,
      half_days: 2,
      sudden: 0,
      certificate_ref: null,
      reason: body.reason ?? null,
      swap_with_user_id: other.id,
      swap_shift_from: body.fromShift,
      swap_shift_to: body.toShift,
      exception: body.exception ? 1 : 0,
      delegate_user_id: null,
      warnings: JSON.stringify(check.warnings),
      steps: JSON.stringify(steps),
      state: "pending",
      leave_period_id: null,
      created_by: p.userId,
      created_at: now.toISOString(),
      decided_at: null,
    };
    audit = { 类型: "调班", 日期: body.date, 对方: other.displayName, 班次: `${body.fromShift === "day" ? "白班" : "夜班"}→${body.toShift === "day" ? "白班" : "夜班"}`, 提示: check.warnings };
  }
  await ctx.tx(async (tx) => {
    await peopleRequestRepository.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "people.request_filed", entityType: "people_request", entityId: id, orgUnitId: unit.id, details: audit });
  });
  return (await requestViews(ex, p, [(await peopleRequestRepository.findById(ex, id))!]))[0]!;
}
