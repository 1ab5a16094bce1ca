/**
 * D-06 daily close 日清日结 per counter and business date (local date in the counter's time zone).
 * A blocking failure stops the close unless the counter manager overrides it with a reason (audited).
 * A date closes once (409 day_already_closed). C-03 unfinished matters are recorded as special
 * matters first (cases module); CAL-03 an uncovered lunch duty raises a finding.
 */
import { DomainError, composeCloseChecks, decideDailyClose } from "@ccms/core";
import type { CompleteDailyCloseRequest } from "@ccms/contracts";
import { controlFindingRepository, dailyCloseRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { raiseFinding } from "../control/registers/findings/raise-finding.js";
import { businessDateOf, counterInScope } from "./counter-scope.js";
import { gatherCloseFacts } from "./gather-close-facts.js";
import { getDailyClose } from "./get-daily-close.js";
import { specialMattersProvider } from "./special-matters-seam.js";

export async function completeDailyClose(ctx: AppContext, p: UserPrincipal, body: CompleteDailyCloseRequest) {
  requirePermission(p, "dailyops.close");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const now = ctx.clock.now();
  const date = body.businessDate ?? businessDateOf(counter, now);
  if (date > businessDateOf(counter, now)) throw new DomainError("unprocessable", "close_date_in_future", "A future date cannot be closed", { date });
  if (await dailyCloseRepository.findOfDay(ex, counter.id, date)) throw new DomainError("conflict", "day_already_closed", "This business date is already closed", { counterId: counter.id, date });

  // C-03 record unfinished matters as special matters before checking (cases module, when present).
  let specialMatters: { created: string[]; skipped: number } | null = null;
  const checksBefore = composeCloseChecks(await gatherCloseFacts(ctx, ex, counter, date), date);
  const mayOverride = p.permissions.has("dailyops.closeOverride");
  // Decide on the checks without side effects first (bad input changes nothing).
  decideDailyClose({ alreadyClosed: false, checks: checksBefore, override: body.override, mayOverride });
  if (specialMattersProvider.current) specialMatters = await specialMattersProvider.current(ctx, counter.id, date, p);
  const checks = specialMatters ? composeCloseChecks(await gatherCloseFacts(ctx, ex, counter, date, specialMatters), date) : checksBefore;
  const { overridden } = decideDailyClose({ alreadyClosed: false, checks, override: body.override, mayOverride });

  const id = ulid();
  try {
    await ctx.tx(async (tx) => {
      await dailyCloseRepository.insert(tx, {
        id,
        counter_id: counter.id,
        business_date: date,
        closed_by: p.userId,
        closed_at: now.toISOString(),
        checks: JSON.stringify(checks),
        overridden: overridden ? 1 : 0,
        override_reason: overridden ? (body.override?.reason ?? null) : null,
        notes: body.notes ?? null,
        special_matters: specialMatters === null ? null : JSON.stringify(specialMatters),
      });
      // CAL-03 nobody served at noon where the unit has lunch duty: a finding (once per counter and day).
      const lunch = checks.find((c) => c.code === "lunch_duty_served");
      if (lunch?.status === "failed") {
        const dedupeKey = `cal03:${counter.id}:${date}`;
        const exists = await controlFindingRepository.findByDedupeKey(tx, dedupeKey);
        if (!exists) {
          await raiseFinding(ctx, tx, actorOf(p), now, { kind: "lunch_duty_uncovered", orgUnitId: counter.id, orgUnitPath: counter.path, subjectUserIds: [], title: `午间无人值班（${date}）`, details: { date, ...lunch.details }, dedupeKey });
        }
      }
      await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
        action: overridden ? "daily_close.completed_with_override" : "daily_close.completed",
        entityType: "daily_close",
        entityId: id,
        orgUnitId: counter.id,
        details: {
          businessDate: date,
          failedBlocking: checks.filter((c) => c.blocking && c.status === "failed").map((c) => c.code),
          unavailable: checks.filter((c) => c.status === "unavailable").map((c) => c.code),
          ...(overridden ? { overrideReason: body.override?.reason } : {}),
        },
      });
    });
  } catch (e) {
    // Two closes racing: the unique (counter, date) index refuses the second.
    const again = await dailyCloseRepository.findOfDay(ex, counter.id, date);
    if (again && again.id !== id) throw new DomainError("conflict", "day_already_closed", "This business date is already closed", { counterId: counter.id, date });
    throw e;
  }
  void ctx.bus.publish(`counter:${counter.id}`, { type: "daily_close.completed", data: { id, businessDate: date, overridden } });
  return getDailyClose(ctx, p, id);
}
