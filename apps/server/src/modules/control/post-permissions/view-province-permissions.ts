/** K-07 a province's post-permission table: HQ defaults with its accepted overrides, and its version history. */
import { applyProvinceOverrides } from "@ccms/core";
import { permissionRepository, provincePermissionRepository } from "@ccms/db";
import type { ProvincePermissionTable } from "@ccms/contracts";
import type { z } from "zod";
import type { AppContext } from "../../../context.js";
import { type Principal, requirePermission } from "../../../http/principal.js";
import { provinceForCaller } from "./province-scope.js";

export async function viewProvincePermissions(ctx: AppContext, principal: Principal | null, provinceId: string): Promise<z.infer<typeof ProvincePermissionTable>> {
  const p = requirePermission(principal, "permission.read");
  const ex = ctx.database.db;
  const province = await provinceForCaller(ex, p, provinceId);
  const [hq, overrides, versions] = await Promise.all([
    permissionRepository.list(ex),
    provincePermissionRepository.overridesInForce(ex, province.id),
    provincePermissionRepository.versions(ex, province.id),
  ]);
  return {
    provinceId: province.id,
    provinceName: province.name,
    inForce: versions.find((v) => v.state === "inForce") ?? null,
    overrides,
    grants: applyProvinceOverrides(hq, overrides),
    versions,
  };
}
