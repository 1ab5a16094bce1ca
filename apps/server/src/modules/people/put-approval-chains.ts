/** P-08 ("Chains are configurable") the manager sets a unit's approval chains per request kind and length; every kind must keep a chain for every length. Audited with before and after. */
import { DomainError, checkApprovalChains, sortApprovalChains } from "@ccms/core";
import { peopleSettingsRepository } from "@ccms/db";
import type { ApprovalChainsView, PutApprovalChainsRequest } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { approvalChainsView } from "./get-approval-chains.js";
import { approvalChainsFor } from "./unit-settings.js";

export async function putApprovalChains(ctx: AppContext, p: UserPrincipal, orgUnitId: string, body: PutApprovalChainsRequest): Promise<ApprovalChainsView> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  const rules = sortApprovalChains(body.rules);
  const violations = checkApprovalChains(rules);
  if (violations.length > 0) throw new DomainError("validation", violations[0]!.code, "Every request kind needs a chain for every length", { violations });
  const before = await approvalChainsFor(ex, unit.id);
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await peopleSettingsRepository.putApprovalChains(tx, unit.id, { approval_chains: JSON.stringify(rules), updated_by: p.userId, updated_at: now.toISOString() });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.approval_chains_changed",
      entityType: "org_unit",
      entityId: unit.id,
      orgUnitId: unit.id,
      details: { 原审批链: before.own ? sortApprovalChains(before.rules) : "默认（003-3 第十七条）", 新审批链: rules },
    });
  });
  return approvalChainsView(ex, unit.id);
}
