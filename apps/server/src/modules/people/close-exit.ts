/**
 * P-15 (003-1 Art.10 完成工作交接并交还…后方可离职) the account is closed only when every item of the
 * hand-over checklist is done: the account is deactivated, its sessions end, the record turns "left".
 * Audited.
 */
import { DomainError, type ExitChecklist, assertExitMayClose } from "@ccms/core";
import { orgUnitRepository, sessionRepository, staffExitRepository, staffRecordRepository, userRepository } from "@ccms/db";
import type { ExitView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { assertMayManage } from "../control/users.js";
import { exitViews } from "./exit-view.js";

export async function closeExit(ctx: AppContext, p: UserPrincipal, id: string): Promise<ExitView> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const row = await staffExitRepository.findById(ex, id);
  const unit = row ? await orgUnitRepository.findById(ex, row.org_unit_id) : undefined;
  if (!row || !unit) throw notFound("staff_exit", id);
  assertPathInScope(p, unit.path, "staff_exit", id);
  if (row.state !== "open") throw new DomainError("conflict", "exit_closed", "This exit is closed");
  assertExitMayClose(JSON.parse(row.checklist) as ExitChecklist);
  const held = await staffExitRepository.countHeldItems(ex, row.user_id);
  if (held > 0) throw new DomainError("conflict", "exit_items_still_held", "The person still holds seals or controlled documents", { held });
  const user = await userRepository.findById(ex, row.user_id);
  // K-07 closing an account is the account gate's decision too (user.write, rank, not oneself).
  if (user) await assertMayManage(ex, p, "deactivate", { user, orgUnitId: user.orgUnitId });
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await staffExitRepository.update(tx, id, { state: "closed", closed_by: p.userId, closed_at: now.toISOString() });
    await staffRecordRepository.update(tx, row.user_id, { status: "left", updated_at: now.toISOString() });
    await userRepository.update(tx, row.user_id, { active: false, deactivatedAt: now.toISOString() });
    await sessionRepository.revokeAllOfUser(tx, row.user_id, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.exit_closed",
      entityType: "staff_exit",
      entityId: id,
      orgUnitId: row.org_unit_id,
      details: { 员工: user?.displayName ?? row.user_id, 最后工作日: row.last_day, 账号: "已停用" },
    });
  });
  return (await exitViews(ex, [(await staffExitRepository.findById(ex, id))!]))[0]!;
}
