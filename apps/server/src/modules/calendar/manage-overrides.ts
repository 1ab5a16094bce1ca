/**
 * CAL-02/CAL-06 a unit's dated overrides: "open on this day" (holiday or weekend opening hours,
 * 公示 from a date; never a working day for deadlines) and closures (no service; for the unit's own
 * deadlines only once the level above approved it).
 */
import { DomainError, isInSubtree, localDateOf, normaliseBusinessHours } from "@ccms/core";
import { type OrgUnit, type StoredOverride, calendarRepository, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, unitInScope } from "../../http/principal.js";
import { refreshDeadlinesOfUnit } from "../cases/move-deadlines-for-calendar.js";
import { appendAudit } from "../control/audit.js";

/** The actor sits strictly above the unit (the level that approves its closures). */
async function actsAbove(ctx: AppContext, p: UserPrincipal, unit: OrgUnit): Promise<boolean> {
  if (p.orgUnitId === unit.id) return false;
  const home = await orgUnitRepository.findById(ctx.database.db, p.orgUnitId);
  return home !== undefined && isInSubtree(unit.path, home.path);
}

export async function createOverride(
  ctx: AppContext,
  p: UserPrincipal,
  input: { orgUnitId: string; date: string; kind: "closure" | "open" | "extraWorkday"; reason: string; frames?: Array<[string, string]> | undefined; noticeFrom?: string | undefined },
): Promise<StoredOverride> {
  requirePermission(p, "calendar.write");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId);
  const kind = input.kind === "extraWorkday" ? "open" : input.kind;
  if (kind === "closure" && input.frames?.length) {
    throw new DomainError("validation", "closure_without_hours", "A closure has no opening hours", { date: input.date });
  }
  // Frames are checked like the unit's weekly hours (order, overlap).
  const frames = input.frames?.length ? normaliseBusinessHours({ mon: input.frames }).mon : undefined;
  const now = ctx.clock.now();
  const above = await actsAbove(ctx, p, unit);
  const row: StoredOverride = {
    id: ulid(),
    orgUnitId: unit.id,
    date: input.date,
    kind,
    reason: input.reason,
    noticeFrom: input.noticeFrom ?? localDateOf(now, unit.timeZone),
    // A closure decided by the level above is approved as it is made.
    approvedBy: kind === "closure" && above ? p.userId : null,
    approvedAt: kind === "closure" && above ? now.toISOString() : null,
    createdBy: p.userId,
    createdAt: now.toISOString(),
  };
  if (frames) row.frames = frames;
  if (row.noticeFrom! > row.date) {
    throw new DomainError("validation", "notice_after_date", "The notice must be published on or before the day", { date: row.date, noticeFrom: row.noticeFrom });
  }
  await ctx.tx(async (tx) => {
    if (await calendarRepository.findOverride(tx, unit.id, input.date)) {
      throw new DomainError("conflict", "override_exists", `An override for ${input.date} exists at this unit`, { date: input.date });
    }
    await calendarRepository.insertOverride(tx, row);
    if (row.approvedAt !== null) await refreshDeadlinesOfUnit(tx, unit, now);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "calendar.override_created",
      entityType: "calendar_override",
      entityId: row.id,
      orgUnitId: unit.id,
      details: { date: row.date, kind: row.kind, reason: row.reason, frames: row.frames ?? null, noticeFrom: row.noticeFrom, approved: row.approvedAt !== null },
    });
  });
  return row;
}

/** An override the caller may change: ORG-01 one outside the caller's subtree does not exist (404). */
async function overrideInScope(ctx: AppContext, p: UserPrincipal, id: string): Promise<{ o: StoredOverride; unit: OrgUnit }> {
  requirePermission(p, "calendar.write");
  const ex = ctx.database.db;
  const o = await calendarRepository.findOverrideById(ex, id);
  if (!o) throw notFound("calendar_override", id);
  const unit = await unitInScope(ex, p, o.orgUnitId).catch(() => {
    throw notFound("calendar_override", id);
  });
  return { o, unit };
}

/** CAL-06 the level above approves a unit's closure: from then on it counts for the unit's deadlines. */
export async function approveOverride(ctx: AppContext, p: UserPrincipal, id: string): Promise<StoredOverride> {
  const { o, unit } = await overrideInScope(ctx, p, id);
  if (o.kind !== "closure") throw new DomainError("unprocessable", "override_not_closure", "Only closures are approved", { id });
  if (o.approvedAt !== null) throw new DomainError("conflict", "override_already_approved", "The closure is already approved", { id });
  if (!(await actsAbove(ctx, p, unit))) {
    throw new DomainError("forbidden", "approval_needs_level_above", "A closure is approved by the level above the unit", { id });
  }
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await calendarRepository.approveOverride(tx, id, p.userId, now.toISOString());
    await refreshDeadlinesOfUnit(tx, unit, now);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "calendar.override_approved",
      entityType: "calendar_override",
      entityId: id,
      orgUnitId: o.orgUnitId,
      details: { date: o.date, kind: o.kind, reason: o.reason },
    });
  });
  return { ...o, approvedBy: p.userId, approvedAt: now.toISOString() };
}

export async function deleteOverride(ctx: AppContext, p: UserPrincipal, id: string) {
  const { o, unit } = await overrideInScope(ctx, p, id);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await calendarRepository.deleteOverride(tx, id);
    if (o.kind === "closure" && o.approvedAt !== null) await refreshDeadlinesOfUnit(tx, unit, now);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "calendar.override_deleted",
      entityType: "calendar_override",
      entityId: id,
      orgUnitId: o.orgUnitId,
      details: { date: o.date, kind: o.kind, reason: o.reason },
    });
  });
  return { ok: true as const };
}
