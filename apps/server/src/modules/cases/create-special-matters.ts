/**
 * C-03 daily close: any matter at the counter not finished within its standard becomes a special
 * matter; the customer is contacted the next working day (the special kind's firstContact limit,
 * counted from the close date as day 0) and followed up. Idempotent: a case is carried over once.
 * Called by the daily-operations module at daily close, and exposed via the API.
 */
import { CASE_EVENT, type CaseKind, type CaseState, DomainError, endOfLocalDay, localDateOf, needsSpecialMatter } from "@ccms/core";
import { caseRepository } from "@ccms/db";
import type { CaseChannel } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, notFound, unitInScope } from "../../http/principal.js";
import { deadlinesOf } from "./case-deadlines.js";
import { auditCase, recordCaseEvent } from "./case-history.js";
import { need } from "./case-scope.js";
import { UnitContextCache } from "./unit-context.js";
import { createCase } from "./create-case.js";

export async function createSpecialMattersForDay(ctx: AppContext, counterId: string, date: string, p: UserPrincipal | null = null): Promise<{ created: string[]; skipped: number }> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const units = new UnitContextCache(ex);
  const counter = p ? await unitInScope(ex, p, counterId) : (await units.get(counterId).catch(() => undefined))?.unit;
  if (!counter) throw notFound("org_unit", counterId);
  if (date > localDateOf(now, counter.timeZone)) throw new DomainError("validation", "date_in_future", "The close date is in the future", { date });
  const endOfDay = endOfLocalDay(date, counter.timeZone);
  const open = (await caseRepository.listOpenUnder(ex, counter.path)).filter((c) => c.received_at <= endOfDay.toISOString());
  const created: string[] = [];
  let skipped = 0;
  for (const row of open) {
    const events = await caseRepository.listEvents(ex, row.id);
    const u = await units.get(row.org_unit_id);
    const deadlines = deadlinesOf(row, events, u, endOfDay, false);
    if (!needsSpecialMatter({ kind: row.kind as CaseKind, state: row.state as CaseState, hasSpecialMatter: row.special_matter_id !== null }, deadlines, endOfDay)) {
      skipped++;
      continue;
    }
    const receivedAt = new Date(Math.min(now.getTime(), endOfDay.getTime()));
    const special = await createCase(
      ctx,
      null,
      {
        kind: "special",
        orgUnitId: row.org_unit_id,
        channel: row.channel as CaseChannel,
        summary: row.summary,
        customer: { name: row.customer_name, ...(row.customer_phone ? { phone: row.customer_phone } : {}) },
        receivedAt: receivedAt.toISOString(),
        cause: row.cause ?? row.kind,
      },
      { parentCaseId: row.id, firstResponderName: p?.displayName ?? "system:daily-close" },
    );
    await ctx.tx(async (tx) => {
      await caseRepository.lock(tx, ctx.database.engine, row.id);
      await caseRepository.update(tx, row.id, { special_matter_id: special.id, updated_at: now.toISOString() });
      await recordCaseEvent(ctx, tx, p, row.id, { type: CASE_EVENT.specialCreated, orgUnitId: row.org_unit_id, data: { specialCaseId: special.id, closeDate: date } }, now);
      await auditCase(ctx, tx, p, now, "case.special_matter_created", row, { specialCaseId: special.id, closeDate: date });
    });
    created.push(special.id);
  }
  return { created, skipped };
}

export async function createSpecialMattersNow(ctx: AppContext, p: UserPrincipal, counterId: string, date: string) {
  need(p, "case.escalate");
  return createSpecialMattersForDay(ctx, counterId, date, p);
}
