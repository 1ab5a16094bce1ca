/** D-06 reopening a closed business day (the counter manager, with a reason, audited). */
import { DomainError, assertReopenReason } from "@ccms/core";
import { dailyCloseReopenRepository, dailyCloseRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope } from "./counter-scope.js";

/**
 * D-06 reopen a closed business day: the counter manager (dailyops.reopenDay) with a reason. The
 * close as it was is kept in the reopen record; the day can then be closed again. Audited.
 */
export async function reopenDailyClose(ctx: AppContext, p: UserPrincipal, id: string, body: { reason?: string | undefined }) {
  requirePermission(p, "dailyops.reopenDay");
  const reason = assertReopenReason(body.reason);
  const ex = ctx.database.db;
  const row = await dailyCloseRepository.findById(ex, id);
  if (!row) throw notFound("daily_close", id);
  const counter = await counterInScope(ex, p, row.counter_id).catch(() => {
    throw notFound("daily_close", id);
  });
  const now = ctx.clock.now();
  const reopenId = ulid();
  await ctx.tx(async (tx) => {
    await dailyCloseReopenRepository.insert(tx, {
      id: reopenId,
      counter_id: row.counter_id,
      business_date: row.business_date,
      close_id: row.id,
      close_snapshot: JSON.stringify(row),
      reason,
      reopened_by: p.userId,
      reopened_at: now.toISOString(),
    });
    if (!(await dailyCloseRepository.remove(tx, id))) throw new DomainError("conflict", "day_not_closed", "The day is not closed");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "daily_close.reopened",
      entityType: "daily_close",
      entityId: id,
      orgUnitId: counter.id,
      details: { businessDate: row.business_date, reason, reopenId },
    });
  });
  void ctx.bus.publish(`counter:${counter.id}`, { type: "daily_close.reopened", data: { id, businessDate: row.business_date } });
  return { id: reopenId, closeId: id, counterId: counter.id, businessDate: row.business_date, reason, reopenedById: p.userId, reopenedAt: now.toISOString() };
}
