/** ORG-01 organisation tree; CAL-02 business hours per weekday; CAL-03 city-level lunch-duty flag. */
import {
  DEFAULT_TIME_ZONE,
  DomainError,
  type OrgKind,
  assertChildKind,
  childPath,
  isValidTimeZone,
  normaliseBusinessHours,
} from "@ccms/core";
import { type OrgUnit, orgUnitRepository } from "@ccms/db";
import type { CreateOrgUnitRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { forgetCachedUnit } from "./unit-cache.js";
import { appendAudit } from "../control/audit.js";

function checkTimeZone(tz: string): string {
  if (!isValidTimeZone(tz)) throw new DomainError("validation", "invalid_time_zone", `Unknown time zone ${tz}`, { timeZone: tz });
  return tz;
}

export async function createOrgUnit(ctx: AppContext, p: UserPrincipal | null, input: CreateOrgUnitRequest): Promise<OrgUnit> {
  const ex = ctx.database.db;
  const now = ctx.clock.now().toISOString();
  if (p) requirePermission(p, "org.write");
  const parent = p ? await unitInScope(ex, p, input.parentId) : await orgUnitRepository.findById(ex, input.parentId);
  if (!parent) throw new DomainError("not_found", "org_unit_not_found", `org_unit ${input.parentId} not found`);
  assertChildKind(parent.kind, input.kind as OrgKind);
  const id = ulid();
  const unit: OrgUnit = {
    id,
    parentId: parent.id,
    kind: input.kind,
    name: input.name,
    code: input.code,
    path: childPath(parent.path, id),
    depth: parent.depth + 1,
    timeZone: checkTimeZone(input.timeZone ?? parent.timeZone ?? DEFAULT_TIME_ZONE),
    businessHours: input.businessHours ? normaliseBusinessHours(input.businessHours) : parent.businessHours,
    lunchDuty: input.lunchDuty ?? (input.kind === "counter" ? parent.lunchDuty : input.kind === "city"),
    alwaysOpen: input.alwaysOpen ?? false,
    active: true,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.tx(async (tx) => {
    if (await orgUnitRepository.findByCode(tx, unit.code)) {
      throw new DomainError("conflict", "org_code_taken", `Code ${unit.code} is already used`, { code: unit.code });
    }
    await orgUnitRepository.insert(tx, unit);
    await appendAudit(tx, ctx.database.engine, actorOf(p), ctx.clock.now(), {
      action: "org.created",
      entityType: "org_unit",
      entityId: unit.id,
      orgUnitId: unit.id,
      details: { parentId: unit.parentId, kind: unit.kind, name: unit.name, code: unit.code },
    });
  });
  return unit;
}

export async function getOrgUnit(ctx: AppContext, p: UserPrincipal, id: string): Promise<OrgUnit> {
  requirePermission(p, "org.read");
  return unitInScope(ctx.database.db, p, id);
}

/** Children of a unit, or (no parent given) the caller's own unit and its subtree when asked. */
export async function listOrgUnits(ctx: AppContext, p: UserPrincipal, parentId?: string, subtree = false): Promise<OrgUnit[]> {
  requirePermission(p, "org.read");
  const ex = ctx.database.db;
  if (parentId) {
    const parent = await unitInScope(ex, p, parentId);
    return subtree ? (await orgUnitRepository.listSubtree(ex, parent.path)).filter((u) => u.id !== parent.id) : orgUnitRepository.listChildren(ex, parent.id);
  }
  if (subtree) return orgUnitRepository.listSubtree(ex, p.scopePath);
  const own = await orgUnitRepository.findById(ex, p.orgUnitId);
  return own ? [own] : [];
}

export async function updateOrgUnit(
  ctx: AppContext,
  p: UserPrincipal,
  id: string,
  patch: { name?: string | undefined; timeZone?: string | undefined; businessHours?: Parameters<typeof normaliseBusinessHours>[0]; lunchDuty?: boolean | undefined; alwaysOpen?: boolean | undefined },
): Promise<OrgUnit> {
  requirePermission(p, "org.write");
  const ex = ctx.database.db;
  const before = await unitInScope(ex, p, id);
  const next = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.timeZone !== undefined ? { timeZone: checkTimeZone(patch.timeZone) } : {}),
    ...(patch.businessHours !== undefined ? { businessHours: normaliseBusinessHours(patch.businessHours) } : {}),
    ...(patch.lunchDuty !== undefined ? { lunchDuty: patch.lunchDuty } : {}),
    ...(patch.alwaysOpen !== undefined ? { alwaysOpen: patch.alwaysOpen } : {}),
  };
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await orgUnitRepository.update(tx, id, next, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "org.updated",
      entityType: "org_unit",
      entityId: id,
      orgUnitId: id,
      details: {
        before: { name: before.name, timeZone: before.timeZone, businessHours: before.businessHours, lunchDuty: before.lunchDuty, alwaysOpen: before.alwaysOpen },
        after: next,
      },
    });
  });
  forgetCachedUnit(id);
  return (await orgUnitRepository.findById(ex, id))!;
}
