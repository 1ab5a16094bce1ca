/** A unit's people settings as the rules read them (migration 030): staffing figures and P-08 approval chains, defaults where nothing is stored. */
import { type ApprovalChainRule, DEFAULT_APPROVAL_CHAINS, type StaffingSettings, staffingSettingsOf } from "@ccms/core";
import { type Executor, type OrgUnit, peopleSettingsRepository } from "@ccms/db";

export async function staffingSettingsFor(ex: Executor, unit: Pick<OrgUnit, "id" | "alwaysOpen">): Promise<StaffingSettings> {
  const row = await peopleSettingsRepository.find(ex, unit.id);
  return staffingSettingsOf(
    row ? { shrinkage: row.shrinkage, defaultAhtSeconds: row.default_aht_seconds, peakFactor: row.peak_factor, callCentre: row.call_centre === null ? null : row.call_centre === 1 } : null,
    unit,
  );
}

/** P-08 the unit's approval chains, or the 003-3 Art.17 defaults. */
export async function approvalChainsFor(ex: Executor, orgUnitId: string): Promise<{ rules: readonly ApprovalChainRule[]; own: boolean }> {
  const row = await peopleSettingsRepository.find(ex, orgUnitId);
  return row?.approval_chains ? { rules: JSON.parse(row.approval_chains) as ApprovalChainRule[], own: true } : { rules: DEFAULT_APPROVAL_CHAINS, own: false };
}
