/**
 * K-07 (seed 001 九) a province admin proposes a change of the province's post-permission table: a new
 * version of overrides of the HQ defaults. It takes effect only once a second person accepts it (验收);
 * until then HQ's table, or the province's previous accepted version, applies. Audited.
 */
import { DomainError, assertProvinceProposal } from "@ccms/core";
import { provincePermissionRepository } from "@ccms/db";
import type { ProposeProvincePermissionsRequest, ProvincePermissionVersion } from "@ccms/contracts";
import { ulid } from "ulid";
import type { z } from "zod";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { knownActions } from "../permissions.js";
import { assertAtProvinceLevelOrAbove, provinceForCaller } from "./province-scope.js";

export async function proposeProvincePermissions(
  ctx: AppContext,
  principal: Principal | null,
  provinceId: string,
  input: z.infer<typeof ProposeProvincePermissionsRequest>,
): Promise<z.infer<typeof ProvincePermissionVersion>> {
  const p = requirePermission(principal, "permission.province.propose");
  const province = await provinceForCaller(ctx.database.db, p, provinceId);
  assertAtProvinceLevelOrAbove(p, province);
  assertProvinceProposal(input.overrides, await knownActions(ctx), p.roles);
  const now = ctx.clock.now();
  return ctx.tx(async (tx) => {
    const pending = (await provincePermissionRepository.versions(tx, province.id)).find((v) => v.state === "proposed");
    if (pending) throw new DomainError("conflict", "proposal_pending", "A proposed change of this province's table awaits acceptance", { versionId: pending.id, version: pending.version });
    const version = {
      id: ulid(),
      provinceId: province.id,
      version: await provincePermissionRepository.nextVersionNumber(tx, province.id),
      state: "proposed" as const,
      overrides: input.overrides.map((o) => ({ role: o.role, action: o.action, granted: o.granted })),
      reason: input.reason,
      proposedBy: p.userId,
      proposedByName: p.displayName,
      proposedAt: now.toISOString(),
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      decisionNote: null,
    };
    await provincePermissionRepository.insertVersion(tx, version);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "permission.province.proposed",
      entityType: "province_permission_version",
      entityId: version.id,
      orgUnitId: province.id,
      details: { provinceId: province.id, version: version.version, overrides: version.overrides, reason: input.reason },
    });
    return version;
  });
}
