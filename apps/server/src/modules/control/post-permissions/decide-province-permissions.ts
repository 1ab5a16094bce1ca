/**
 * K-07 acceptance (验收) of a proposed change of a province's post-permission table by a second
 * authorised person (never the proposer); accepted, it is in force for the province's whole subtree at
 * once (the previous version is superseded); rejected, nothing changes. Audited.
 */
import { DomainError, assertSecondPerson } from "@ccms/core";
import { provincePermissionRepository } from "@ccms/db";
import type { DecideProvincePermissionsRequest, ProvincePermissionVersion } from "@ccms/contracts";
import type { z } from "zod";
import type { AppContext } from "../../../context.js";
import { type Principal, actorOf, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { assertAtProvinceLevelOrAbove, provinceForCaller } from "./province-scope.js";

export async function decideProvincePermissions(
  ctx: AppContext,
  principal: Principal | null,
  provinceId: string,
  versionId: string,
  input: z.infer<typeof DecideProvincePermissionsRequest>,
): Promise<z.infer<typeof ProvincePermissionVersion>> {
  const p = requirePermission(principal, "permission.province.accept");
  const province = await provinceForCaller(ctx.database.db, p, provinceId);
  assertAtProvinceLevelOrAbove(p, province);
  const now = ctx.clock.now();
  return ctx.tx(async (tx) => {
    const v = await provincePermissionRepository.findVersion(tx, versionId);
    if (!v || v.provinceId !== province.id) throw notFound("province_permission_version", versionId);
    if (v.state !== "proposed") throw new DomainError("conflict", "proposal_decided", "This version was already decided", { state: v.state });
    assertSecondPerson(v.proposedBy, p.userId);
    const state = input.decision === "accept" ? "inForce" : "rejected";
    const note = input.note?.trim() || null;
    if (!(await provincePermissionRepository.decide(tx, v.id, state, p.userId, p.displayName, now.toISOString(), note))) {
      throw new DomainError("conflict", "proposal_decided", "This version was already decided");
    }
    const decided = { ...v, state, decidedBy: p.userId, decidedByName: p.displayName, decidedAt: now.toISOString(), decisionNote: note } as const;
    if (state === "inForce") await provincePermissionRepository.putInForce(tx, decided);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: state === "inForce" ? "permission.province.accepted" : "permission.province.rejected",
      entityType: "province_permission_version",
      entityId: v.id,
      orgUnitId: province.id,
      details: { provinceId: province.id, version: v.version, proposedBy: v.proposedBy, overrides: v.overrides, note },
    });
    return decided;
  });
}
