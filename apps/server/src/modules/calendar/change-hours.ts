/**
 * CAL-04 hours are kept exactly and changes are published in advance: a change of a unit's weekly
 * hours (or its 7×24 switch, CAL-05) is filed with an effective-from date after today, shown to
 * customers on the hall display and kiosk meanwhile, and applied by a job on that date.
 * Also: the dated notices a device shows (openings on holidays, closures, coming hours changes).
 */
import { DomainError, addDays, localDateOf, normaliseBusinessHours } from "@ccms/core";
import { type HoursChange, type OrgUnit, calendarRepository, orgUnitRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { appendAudit } from "../control/audit.js";
import { forgetCachedUnit } from "../org/unit-cache.js";
import { overridesForUnit } from "./calendar-service.js";

/** How far ahead devices show dated notices. */
export const NOTICE_DAYS = 30;

function view(h: HoursChange) {
  return { ...h, businessHours: JSON.parse(h.businessHours) as Record<string, Array<[string, string]>> };
}

export async function createHoursChange(
  ctx: AppContext,
  p: UserPrincipal,
  input: { orgUnitId: string; effectiveFrom: string; businessHours: Parameters<typeof normaliseBusinessHours>[0]; alwaysOpen: boolean; reason: string },
) {
  requirePermission(p, "calendar.write");
  const unit = await unitInScope(ctx.database.db, p, input.orgUnitId);
  const now = ctx.clock.now();
  const today = localDateOf(now, unit.timeZone);
  if (input.effectiveFrom <= today) {
    throw new DomainError("validation", "hours_change_not_in_advance", "An hours change is published in advance: it takes effect from tomorrow at the earliest", {
      effectiveFrom: input.effectiveFrom,
      earliest: addDays(today, 1),
    });
  }
  const hours = normaliseBusinessHours(input.businessHours);
  const row: HoursChange = {
    id: ulid(),
    orgUnitId: unit.id,
    effectiveFrom: input.effectiveFrom,
    businessHours: JSON.stringify(hours),
    alwaysOpen: input.alwaysOpen,
    reason: input.reason,
    appliedAt: null,
    createdBy: p.userId,
    createdAt: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await calendarRepository.insertHoursChange(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "calendar.hours_change_filed",
      entityType: "org_unit",
      entityId: unit.id,
      orgUnitId: unit.id,
      details: { effectiveFrom: row.effectiveFrom, businessHours: hours, alwaysOpen: row.alwaysOpen, reason: row.reason },
    });
  });
  return view(row);
}

export async function listHoursChanges(ctx: AppContext, p: UserPrincipal, orgUnitId: string) {
  requirePermission(p, "calendar.read");
  const unit = await unitInScope(ctx.database.db, p, orgUnitId);
  return { items: (await calendarRepository.hoursChangesOf(ctx.database.db, [unit.id])).map(view) };
}

/** Applies every filed change whose date has come in its unit's time zone; idempotent. */
export async function applyDueHoursChanges(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const ex = ctx.database.db;
  // A date in any time zone is at most one day ahead of UTC's: filter finely per unit below.
  const candidates = await calendarRepository.pendingHoursChanges(ex, addDays(now.toISOString().slice(0, 10), 1));
  let applied = 0;
  for (const c of candidates) {
    const unit = await orgUnitRepository.findById(ex, c.orgUnitId);
    if (!unit || c.effectiveFrom > localDateOf(now, unit.timeZone)) continue;
    await ctx.tx(async (tx) => {
      const hours = JSON.parse(c.businessHours) as OrgUnit["businessHours"];
      await orgUnitRepository.update(tx, unit.id, { businessHours: hours, alwaysOpen: c.alwaysOpen }, now.toISOString());
      await calendarRepository.markHoursChangeApplied(tx, c.id, now.toISOString());
      await appendAudit(tx, ctx.database.engine, { id: null, name: "system" }, now, {
        action: "calendar.hours_change_applied",
        entityType: "org_unit",
        entityId: unit.id,
        orgUnitId: unit.id,
        details: { effectiveFrom: c.effectiveFrom, before: { businessHours: unit.businessHours, alwaysOpen: unit.alwaysOpen }, after: { businessHours: hours, alwaysOpen: c.alwaysOpen } },
      });
    });
    forgetCachedUnit(unit.id);
    applied++;
  }
  return applied;
}

/** CAL-02/CAL-04 what the hall display and kiosk of a unit announce (公示) for the coming days. */
export async function serviceNotices(ctx: AppContext, unit: OrgUnit) {
  const ex = ctx.database.db;
  const today = localDateOf(ctx.clock.now(), unit.timeZone);
  const until = addDays(today, NOTICE_DAYS);
  const byDate = new Map<string, { date: string; kind: "closure" | "open" | "hoursChange"; reason: string; frames?: Array<[string, string]> }>();
  for (const o of await overridesForUnit(ex, unit, today, until)) {
    if (o.noticeFrom !== null && o.noticeFrom > today) continue;
    byDate.set(o.date, o.frames ? { date: o.date, kind: o.kind, reason: o.reason, frames: o.frames } : { date: o.date, kind: o.kind, reason: o.reason });
  }
  const items = [...byDate.values()];
  for (const h of await calendarRepository.hoursChangesOf(ex, [unit.id])) {
    if (h.appliedAt === null && h.effectiveFrom <= until) items.push({ date: h.effectiveFrom, kind: "hoursChange", reason: h.reason });
  }
  return { items: items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
}

export function installHoursChangeJob(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "hours changes", 60, () => applyDueHoursChanges(ctx));
}
