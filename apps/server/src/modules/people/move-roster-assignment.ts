/**
 * P-05 drag to edit a roster: an assignment moved to another person and/or day is checked live against
 * the hard rules (one shift a day, leave, rest, consecutive days, weekly hours, skills and certificates);
 * the server answers the violations the move brings and applies it only when there are none. Audited.
 */
import { DomainError, moveAssignment, newViolations } from "@ccms/core";
import { orgUnitRepository, rosterEditRepository, rosterRepository, staffRecordRepository } from "@ccms/db";
import type { MoveRosterAssignmentRequest, RosterMoveResult } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { rosterInputFor } from "./roster-input.js";
import { rosterView } from "./roster-view.js";

export async function moveRosterAssignment(ctx: AppContext, p: UserPrincipal, id: string, body: MoveRosterAssignmentRequest): Promise<RosterMoveResult> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const row = await rosterRepository.findById(ex, id);
  const unit = row ? await orgUnitRepository.findById(ex, row.org_unit_id) : undefined;
  if (!row || !unit) throw notFound("roster", id);
  assertPathInScope(p, unit.path, "roster", id);
  if (body.toDate < row.date_from || body.toDate > row.date_to) throw new DomainError("unprocessable", "roster_move_outside", "The day is outside the roster's period");
  const now = ctx.clock.now();
  const input = await rosterInputFor(ex, unit, row.date_from, row.date_to, now, JSON.parse(row.rules));
  if (!input.people.some((x) => x.userId === body.toUserId)) throw notFound("user", body.toUserId);
  const rows = await rosterRepository.assignments(ex, id);
  const before = rows.map((a) => ({ userId: a.user_id, date: a.date, shiftCode: a.shift_code }));
  const after = moveAssignment(before, body);
  if (!after) throw new DomainError("not_found", "roster_assignment_not_found", "No such assignment in this roster", { userId: body.userId, date: body.date });
  const found = newViolations(input, before, after);
  const names = await staffRecordRepository.namesOf(ex, [...found.map((v) => v.userId), body.userId, body.toUserId]);
  const violations = found.map((v) => ({ rule: v.rule, userId: v.userId, userName: names.get(v.userId) ?? "—", date: v.date }));
  if (!body.apply || violations.length > 0) return { violations, applied: false, roster: null };
  const moved = rows.find((a) => a.user_id === body.userId && a.date === body.date)!;
  await ctx.tx(async (tx) => {
    await rosterEditRepository.move(tx, id, { userId: body.userId, date: body.date }, { ...moved, user_id: body.toUserId, date: body.toDate });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.roster_edited",
      entityType: "roster",
      entityId: id,
      orgUnitId: unit.id,
      details: { 班次: moved.shift_code, 原: `${names.get(body.userId) ?? body.userId} ${body.date}`, 新: `${names.get(body.toUserId) ?? body.toUserId} ${body.toDate}`, 状态: row.state === "published" ? "已发布" : "草稿" },
    });
  });
  return { violations: [], applied: true, roster: await rosterView(ex, (await rosterRepository.findById(ex, id))!, input) };
}
