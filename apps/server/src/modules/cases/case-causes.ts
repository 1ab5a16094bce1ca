/**
 * Case causes as a managed list with names (issue 10 item 4, migration 027): HQ's list applies
 * everywhere, a unit may add its own for its subtree; managers add, rename and retire causes (a retired
 * cause keeps its name for old cases, it is no longer offered); every change is audited.
 */
import { DomainError, ancestorIds } from "@ccms/core";
import { type CaseCause, caseCauseRepository, orgUnitRepository } from "@ccms/db";
import type { CaseCauseItem, CaseCauseListQuery, CreateCaseCauseRequest, UpdateCaseCauseRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { z } from "zod";
import type { AppContext } from "../../context.js";
import { type Principal, type UserPrincipal, actorOf, notFound, requirePermission, requireUser, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";

type Item = z.infer<typeof CaseCauseItem>;

function toItem(c: CaseCause): Item {
  return { id: c.id, orgUnitId: c.orgUnitId, code: c.code, nameZh: c.nameZh, nameEn: c.nameEn, active: c.active, sortOrder: c.sortOrder, retiredAt: c.retiredAt };
}

/** The HQ unit's id is the first segment of every path; HQ's own causes are stored with no unit. */
function isHq(p: UserPrincipal): boolean {
  return ancestorIds(p.scopePath).length === 1;
}

export async function listCaseCauses(ctx: AppContext, principal: Principal | null, q: z.infer<typeof CaseCauseListQuery>): Promise<{ items: Item[] }> {
  const p = requireUser(principal);
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, q.unitId ?? p.orgUnitId);
  const causes = await caseCauseRepository.forUnits(ex, ancestorIds(unit.path));
  const items = causes.filter((c) => q.includeRetired === "true" || c.active).map(toItem);
  return { items };
}

export async function createCaseCause(ctx: AppContext, principal: Principal | null, input: z.infer<typeof CreateCaseCauseRequest>): Promise<Item> {
  const p = requirePermission(principal, "case.cause.manage");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId ?? p.orgUnitId);
  const ownerId = unit.kind === "hq" ? null : unit.id;
  const now = ctx.clock.now();
  return ctx.tx(async (tx) => {
    const visible = await caseCauseRepository.forUnits(tx, ancestorIds(unit.path));
    if (visible.some((c) => c.code === input.code)) throw new DomainError("conflict", "cause_code_taken", "A cause with this code already exists", { code: input.code });
    const cause: CaseCause = {
      id: ulid(),
      orgUnitId: ownerId,
      code: input.code,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      active: true,
      sortOrder: Math.max(0, ...visible.map((c) => c.sortOrder)) + 10,
      createdAt: now.toISOString(),
      retiredAt: null,
    };
    await caseCauseRepository.insert(tx, cause, p.userId);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "case.cause.added",
      entityType: "case_cause",
      entityId: cause.id,
      orgUnitId: unit.id,
      details: { code: cause.code, nameZh: cause.nameZh, nameEn: cause.nameEn },
    });
    return toItem(cause);
  });
}

export async function updateCaseCause(ctx: AppContext, principal: Principal | null, causeId: string, input: z.infer<typeof UpdateCaseCauseRequest>): Promise<Item> {
  const p = requirePermission(principal, "case.cause.manage");
  const ex = ctx.database.db;
  const cause = await caseCauseRepository.findById(ex, causeId);
  if (!cause) throw notFound("case_cause", causeId);
  // HQ's list is changed by HQ only; a unit's list by people at or above the unit.
  if (cause.orgUnitId === null ? !isHq(p) : !(await orgUnitRepository.findById(ex, cause.orgUnitId).then((u) => u && u.path.startsWith(p.scopePath)))) {
    throw cause.orgUnitId === null ? new DomainError("forbidden", "hq_cause", "HQ's causes are managed by HQ") : notFound("case_cause", causeId);
  }
  const now = ctx.clock.now();
  return ctx.tx(async (tx) => {
    const nameZh = input.nameZh ?? cause.nameZh;
    const nameEn = input.nameEn ?? cause.nameEn;
    if (nameZh !== cause.nameZh || nameEn !== cause.nameEn) await caseCauseRepository.rename(tx, cause.id, nameZh, nameEn);
    let active = cause.active;
    if (input.active !== undefined && input.active !== cause.active) {
      await caseCauseRepository.setActive(tx, cause.id, input.active, p.userId, now.toISOString());
      active = input.active;
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: active === cause.active ? "case.cause.renamed" : active ? "case.cause.restored" : "case.cause.retired",
      entityType: "case_cause",
      entityId: cause.id,
      orgUnitId: cause.orgUnitId ?? p.orgUnitId,
      details: { code: cause.code, before: { nameZh: cause.nameZh, nameEn: cause.nameEn, active: cause.active }, after: { nameZh, nameEn, active }, reason: input.reason },
    });
    return toItem({ ...cause, nameZh, nameEn, active, retiredAt: active ? null : active === cause.active ? cause.retiredAt : now.toISOString() });
  });
}
