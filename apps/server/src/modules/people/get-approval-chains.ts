/** P-08 a unit's approval chains by request kind and length (defaults 003-3 Art.17 where the unit has set none). */
import { DEFAULT_APPROVAL_CHAINS, sortApprovalChains } from "@ccms/core";
import { type Executor, peopleSettingsRepository, staffRecordRepository } from "@ccms/db";
import type { ApprovalChainsView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, requirePermission, unitInScope } from "../../http/principal.js";
import { approvalChainsFor } from "./unit-settings.js";

export async function approvalChainsView(ex: Executor, orgUnitId: string): Promise<ApprovalChainsView> {
  const { rules, own } = await approvalChainsFor(ex, orgUnitId);
  const row = own ? await peopleSettingsRepository.find(ex, orgUnitId) : undefined;
  const names = row ? await staffRecordRepository.namesOf(ex, [row.updated_by]) : new Map<string, string>();
  return {
    orgUnitId,
    rules: sortApprovalChains(rules),
    source: own ? "unit" : "default",
    defaults: sortApprovalChains(DEFAULT_APPROVAL_CHAINS),
    updatedAt: row?.updated_at ?? null,
    updatedByName: row ? (names.get(row.updated_by) ?? "—") : null,
  };
}

export async function getApprovalChains(ctx: AppContext, p: UserPrincipal, orgUnitId: string): Promise<ApprovalChainsView> {
  requirePermission(p, "people.read");
  const unit = await unitInScope(ctx.database.db, p, orgUnitId);
  return approvalChainsView(ctx.database.db, unit.id);
}
