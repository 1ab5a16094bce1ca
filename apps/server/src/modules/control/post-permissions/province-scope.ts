/** K-07 the province a caller may see the post-permission table of: a province unit in the caller's scope, or the caller's own province. */
import { DomainError, isInSubtree } from "@ccms/core";
import { type Executor, type OrgUnit, orgUnitRepository } from "@ccms/db";
import { type UserPrincipal, notFound } from "../../../http/principal.js";

/**
 * The province unit `provinceId` when the caller works at or above it (HQ users see every province,
 * people of the province or below see their own). Not a province, or someone else's: 404.
 */
export async function provinceForCaller(ex: Executor, p: UserPrincipal, provinceId: string): Promise<OrgUnit> {
  const unit = await orgUnitRepository.findById(ex, provinceId);
  if (!unit || unit.kind !== "province") throw notFound("province", provinceId);
  if (!isInSubtree(unit.path, p.scopePath) && !isInSubtree(p.scopePath, unit.path)) throw notFound("province", provinceId);
  return unit;
}

/** Changing or accepting a province's table is for people of the province's own level or HQ, not for its cities or counters. */
export function assertAtProvinceLevelOrAbove(p: UserPrincipal, province: OrgUnit): void {
  if (!isInSubtree(province.path, p.scopePath)) {
    throw new DomainError("forbidden", "province_level_required", "The province's post-permission table is set at the province or HQ", { provinceId: province.id });
  }
}
