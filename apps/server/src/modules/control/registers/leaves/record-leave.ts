/**
 * POST /api/v1/control/leaves — the leave register, the seam the people module will take over.
 * K-02: a leave of more than one working day makes a hand-back due on the working day before it
 * starts (the daily close of that date is blocked until it is done). D-06 reads leaves.
 */
import { DomainError, type LeaveKind, handBackDueDate, handBackDueFor } from "@ccms/core";
import { handBackRepository, leavePeriodRepository, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../../../http/principal.js";
import { calendarForUnit } from "../../../calendar/calendar-service.js";
import { appendAudit } from "../../audit.js";
import { userInScope } from "../../../daily-ops/staff-in-scope.js";
import { presentLeaves } from "./present-leave.js";

export async function recordLeave(ctx: AppContext, p: UserPrincipal, body: { userId: string; from: string; to: string; kind: LeaveKind; approved: boolean; note?: string | undefined }) {
  requirePermission(p, "leave.manage");
  const ex = ctx.database.db;
  const user = await userInScope(ex, p, body.userId);
  if (body.from > body.to) throw new DomainError("validation", "leave_range_reversed", "from is after to");
  const unit = (await orgUnitRepository.findById(ex, user.orgUnitId))!;
  const calendar = await calendarForUnit(ex, unit);
  const { workingDays, dueDate } = handBackDueDate(body.from, body.to, calendar);
  const overlapping = await leavePeriodRepository.findOverlapping(ex, body.userId, body.from, body.to);
  if (overlapping) throw new DomainError("conflict", "leave_overlaps", "This person already has leave in that period", { leaveId: overlapping.id });
  const now = ctx.clock.now();
  const id = ulid();
  const handBackDue = handBackDueFor({ approved: body.approved, dueDate }, unit.kind);
  await ctx.tx(async (tx) => {
    await leavePeriodRepository.insert(tx, {
      id,
      user_id: body.userId,
      org_unit_id: user.orgUnitId,
      date_from: body.from,
      date_to: body.to,
      kind: body.kind,
      approved: body.approved ? 1 : 0,
      working_days: workingDays,
      note: body.note ?? null,
      recorded_by: p.userId,
      created_at: now.toISOString(),
    });
    if (handBackDue) {
      await handBackRepository.insert(tx, {
        id: ulid(),
        counter_id: unit.id,
        leave_id: id,
        user_id: body.userId,
        due_date: handBackDue,
        status: "pending",
        item_ids: "[]",
        received_by: null,
        counted: 0,
        done_at: null,
        created_at: now.toISOString(),
      });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "leave.recorded",
      entityType: "leave_period",
      entityId: id,
      orgUnitId: user.orgUnitId,
      details: { userId: body.userId, from: body.from, to: body.to, kind: body.kind, approved: body.approved, workingDays, handBackDue: dueDate },
    });
  });
  return (await presentLeaves(ex, [(await leavePeriodRepository.findById(ex, id))!]))[0]!;
}
