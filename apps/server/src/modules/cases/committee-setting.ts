/**
 * C-12 (seed 003 第二篇 Art.18) the size of a unit's responsibility committee (责任认定领导小组) is a unit
 * setting, at least 3; the nearest ancestor's setting applies to units without their own, 3 when none.
 */
import { DEFAULT_COMMITTEE_MIN_MEMBERS, ancestorIds, assertCommitteeSize } from "@ccms/core";
import { type Executor, type OrgUnit, committeeSettingRepository } from "@ccms/db";
import type { CommitteeSetting, SetCommitteeSettingRequest } from "@ccms/contracts";
import type { z } from "zod";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requirePermission, requireUser, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";

type Setting = z.infer<typeof CommitteeSetting>;

export async function committeeSettingFor(ex: Executor, unit: OrgUnit): Promise<Setting> {
  const chain = ancestorIds(unit.path);
  const rows = await committeeSettingRepository.forUnits(ex, chain);
  for (let i = chain.length - 1; i >= 0; i--) {
    const r = rows.find((x) => x.org_unit_id === chain[i]);
    if (r) return { unitId: unit.id, minMembers: r.min_members, setAt: r.org_unit_id };
  }
  return { unitId: unit.id, minMembers: DEFAULT_COMMITTEE_MIN_MEMBERS, setAt: null };
}

export async function viewCommitteeSetting(ctx: AppContext, principal: Principal | null, unitId: string): Promise<Setting> {
  const p = requireUser(principal);
  const unit = await unitInScope(ctx.database.db, p, unitId);
  return committeeSettingFor(ctx.database.db, unit);
}

export async function setCommitteeSetting(ctx: AppContext, principal: Principal | null, unitId: string, input: z.infer<typeof SetCommitteeSettingRequest>): Promise<Setting> {
  const p = requirePermission(principal, "case.committee.manage");
  const unit = await unitInScope(ctx.database.db, p, unitId);
  assertCommitteeSize(input.minMembers);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const before = await committeeSettingFor(tx, unit);
    await committeeSettingRepository.upsert(tx, unit.id, input.minMembers, p.userId, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "case.committee.set",
      entityType: "unit_committee_setting",
      entityId: unit.id,
      orgUnitId: unit.id,
      details: { minMembers: input.minMembers, before: before.minMembers, reason: input.reason },
    });
  });
  return { unitId: unit.id, minMembers: input.minMembers, setAt: unit.id };
}
