/**
 * P-15 (003-1 Art.8, 10) an exit: the notice date and last day (less than a month is kept as a
 * warning), the staff record turns "leaving", and a hand-over checklist (work, materials, seals,
 * property) opens; the account is closed only when it is complete (close-exit.ts). Audited.
 */
import { DomainError, checkExitNotice } from "@ccms/core";
import { staffExitRepository, staffRecordRepository } from "@ccms/db";
import type { ExitView, StartExitRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { exitViews } from "./exit-view.js";

export async function startExit(ctx: AppContext, p: UserPrincipal, userId: string, body: StartExitRequest): Promise<ExitView> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, userId);
  const record = await staffRecordRepository.find(ex, user.id);
  if (!record) throw notFound("staff_record", userId);
  if (user.id === p.userId) throw new DomainError("forbidden", "exit_of_self", "Another person handles your exit");
  if (record.status === "left" || (await staffExitRepository.findOpenOfUser(ex, user.id))) throw new DomainError("conflict", "exit_already_open", "This person already has an exit in progress or has left");
  const { warnings } = checkExitNotice(body.noticeDate, body.lastDay);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await staffExitRepository.insert(tx, {
      id,
      user_id: user.id,
      org_unit_id: record.org_unit_id,
      notice_date: body.noticeDate,
      last_day: body.lastDay,
      reason: body.reason ?? null,
      checklist: "{}",
      warnings: JSON.stringify(warnings),
      state: "open",
      closed_by: null,
      closed_at: null,
      created_by: p.userId,
      created_at: now.toISOString(),
    });
    await staffRecordRepository.update(tx, user.id, { status: "leaving", updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.exit_started",
      entityType: "staff_exit",
      entityId: id,
      orgUnitId: record.org_unit_id,
      details: { 员工: user.displayName, 提出日期: body.noticeDate, 最后工作日: body.lastDay, 提前不足一个月: warnings.includes("short_notice") },
    });
  });
  return (await exitViews(ex, [(await staffExitRepository.findById(ex, id))!]))[0]!;
}
