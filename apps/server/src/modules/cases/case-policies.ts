/**
 * Time-limit policies per org unit, versioned. Setting a policy writes a new version; every open
 * case handled under the unit is recomputed from its event history, so paused time is never lost.
 */
import { DomainError, type MetricPolicy, assertValidPolicy, presetPolicy } from "@ccms/core";
import { caseRepository, casePolicyRepository } from "@ccms/db";
import type { CasePolicy, SetCasePolicyRequest } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, unitInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { refreshCase } from "./case-deadlines.js";
import { need } from "./case-scope.js";
import { effectivePolicy, policyFromRow, policyResponse } from "./effective-policy.js";
import { UnitContextCache } from "./unit-context.js";

export function listPolicyPresets(ctx: AppContext, p: UserPrincipal): { items: CasePolicy[] } {
  need(p, "case.read");
  const items = (["insurer", "bank", "regulatory"] as const).map((name) => {
    const x = presetPolicy(name);
    return { id: null, orgUnitId: null, version: 0, preset: x.preset, name: x.name, metrics: x.metrics, createdAt: null, createdBy: null, inheritedFrom: null };
  });
  return { items };
}

export async function getCasePolicies(ctx: AppContext, p: UserPrincipal, orgUnitId: string) {
  need(p, "case.read");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  const [effective, versions] = await Promise.all([effectivePolicy(ex, unit), casePolicyRepository.versions(ex, unit.id)]);
  return { effective: policyResponse(effective), versions: versions.map((v) => policyResponse(policyFromRow(v))) };
}

export async function setCasePolicy(ctx: AppContext, p: UserPrincipal, orgUnitId: string, input: SetCasePolicyRequest): Promise<CasePolicy> {
  need(p, "case.policy");
  const now = ctx.clock.now();
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, orgUnitId);
  let metrics: MetricPolicy[];
  if (input.metrics) metrics = input.metrics as MetricPolicy[];
  else if (input.preset === "custom") throw new DomainError("validation", "metrics_required", "A custom policy needs its metrics");
  else metrics = presetPolicy(input.preset).metrics;
  assertValidPolicy(metrics);
  const id = ulid();
  await ctx.tx(async (tx) => {
    const latest = (await casePolicyRepository.versions(tx, unit.id))[0];
    const version = (latest?.version ?? 0) + 1;
    await casePolicyRepository.insert(tx, {
      id,
      org_unit_id: unit.id,
      version,
      preset: input.preset,
      name: input.name ?? input.preset,
      metrics: JSON.stringify(metrics),
      reason: input.reason,
      created_by: p.displayName,
      created_at: now.toISOString(),
    });
    // Recompute every open case handled under the unit from its history (paused time kept).
    const units = new UnitContextCache(tx);
    for (const c of await caseRepository.listOpenUnder(tx, unit.path)) await refreshCase(tx, units, c.id, now, false);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "case.policy_set",
      entityType: "case_policy",
      entityId: id,
      orgUnitId: unit.id,
      details: { version, preset: input.preset, reason: input.reason, previousVersion: latest?.version ?? null },
    });
  });
  const rows = await casePolicyRepository.versions(ex, unit.id);
  return policyResponse(policyFromRow(rows[0]!));
}
