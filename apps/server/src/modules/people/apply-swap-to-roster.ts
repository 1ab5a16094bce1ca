/**
 * P-06 an approved swap changes the published roster: on its date the requester and the colleague
 * exchange their assignments (or one takes the other's over); attendance (P-11) then measures against
 * the changed roster. Runs inside the approval's transaction. Audited.
 */
import { applySwap } from "@ccms/core";
import { type Executor, type PeopleRequestTable, rosterSwapRepository, staffRecordRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";

export async function applySwapToRoster(ctx: AppContext, tx: Executor, p: UserPrincipal, request: PeopleRequestTable, now: Date): Promise<void> {
  if (request.kind !== "swap" || !request.swap_with_user_id) return;
  const date = request.date_from;
  const users = [request.user_id, request.swap_with_user_id];
  const roster = await rosterSwapRepository.publishedCovering(tx, request.org_unit_id, date);
  const current = roster ? await rosterSwapRepository.assignmentsOn(tx, roster.id, date, users) : [];
  const applied = applySwap(
    current.map((a) => ({ userId: a.user_id, date: a.date, shiftCode: a.shift_code, start: a.start_time, end: a.end_time })),
    request.user_id,
    request.swap_with_user_id,
    date,
  );
  if (roster && applied.kind !== "nothing_rostered") {
    await rosterSwapRepository.replaceOn(
      tx,
      roster.id,
      date,
      users,
      applied.assignments.map((a) => ({ roster_id: roster.id, user_id: a.userId, date: a.date, shift_code: a.shiftCode, start_time: a.start, end_time: a.end })),
    );
  }
  const names = await staffRecordRepository.namesOf(tx, users);
  await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
    action: "people.swap_applied",
    entityType: "people_roster",
    entityId: roster?.id ?? request.id,
    orgUnitId: request.org_unit_id,
    details: {
      申请: request.id,
      日期: date,
      结果: applied.kind === "exchanged" ? "互换班次" : applied.kind === "taken_over" ? "顶班" : "当日无已发布排班",
      变更: applied.changes.map((c) => ({ 员工: names.get(c.userId) ?? c.userId, 原班次: c.before, 新班次: c.after })),
    },
  });
}
