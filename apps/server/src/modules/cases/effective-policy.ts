/** The time-limit policy in force for a unit: the nearest ancestor's latest version, else the insurer preset. */
import { DEFAULT_POLICY_PRESET, type MetricPolicy, type PolicyPresetName, ancestorIds, presetPolicy } from "@ccms/core";
import { type CasePolicyRow, type Executor, type OrgUnit, casePolicyRepository } from "@ccms/db";
import type { CasePolicy } from "@ccms/contracts";

export interface EffectivePolicy {
  id: string | null;
  orgUnitId: string | null;
  version: number;
  preset: PolicyPresetName;
  name: string;
  metrics: MetricPolicy[];
  createdAt: string | null;
  createdBy: string | null;
  inheritedFrom: string | null;
}

export function policyFromRow(r: CasePolicyRow, inheritedFrom: string | null = null): EffectivePolicy {
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    version: r.version,
    preset: r.preset as PolicyPresetName,
    name: r.name,
    metrics: JSON.parse(r.metrics) as MetricPolicy[],
    createdAt: r.created_at,
    createdBy: r.created_by,
    inheritedFrom,
  };
}

export function defaultPolicy(): EffectivePolicy {
  const p = presetPolicy(DEFAULT_POLICY_PRESET);
  return { id: null, orgUnitId: null, version: 0, preset: p.preset, name: p.name, metrics: p.metrics, createdAt: null, createdBy: null, inheritedFrom: null };
}

/** The nearest ancestor's (or the unit's own) latest policy version; the insurer preset otherwise. */
export async function effectivePolicy(ex: Executor, unit: OrgUnit): Promise<EffectivePolicy> {
  const chain = ancestorIds(unit.path);
  const rows = await casePolicyRepository.latestFor(ex, chain);
  for (let i = chain.length - 1; i >= 0; i--) {
    const r = rows.find((x) => x.org_unit_id === chain[i]);
    if (r) return policyFromRow(r, r.org_unit_id === unit.id ? null : r.org_unit_id);
  }
  return defaultPolicy();
}

export function policyResponse(p: EffectivePolicy): CasePolicy {
  return { ...p };
}
