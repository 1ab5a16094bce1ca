/**
 * K-13 what a person still holds (fixed assets as custodian, keys and alarm codes): listed for a move or
 * exit; the exit checklist's "property" item (P-15) is refused while anything is held.
 */
import { DomainError, exitBlockedByAssets } from "@ccms/core";
import { type Executor, assetRepository } from "@ccms/db";
import type { HeldByView } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, requireUser, userIdInScope } from "../../../http/principal.js";
import { presentAssets, presentKeys } from "./present-assets.js";

export async function heldBy(ctx: AppContext, principal: UserPrincipal, userId: string): Promise<HeldByView> {
  const p = requireUser(principal);
  if (!p.permissions.has("asset.manage") && !p.permissions.has("people.manage")) {
    throw new DomainError("forbidden", "permission_denied", "Missing permission asset.manage", { action: "asset.manage" });
  }
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, userId);
  const assets = await assetRepository.assetsHeldBy(ex, user.id);
  const keys = await assetRepository.keysHeldBy(ex, user.id);
  return { userId: user.id, userName: user.displayName, assets: await presentAssets(ex, assets, false), keys: await presentKeys(ex, keys), exitBlocked: exitBlockedByAssets({ assets: assets.length, keys: keys.length }) };
}

/** K-13 refuse the exit's property item while the leaver still holds assets or keys. */
export async function assertNoAssetsHeld(ex: Executor, userId: string): Promise<void> {
  const assets = await assetRepository.assetsHeldBy(ex, userId);
  const keys = await assetRepository.keysHeldBy(ex, userId);
  if (exitBlockedByAssets({ assets: assets.length, keys: keys.length })) {
    throw new DomainError("conflict", "exit_assets_still_held", "The person still holds fixed assets, keys or the alarm code: hand them over first", {
      rule: "K-13",
      assets: assets.map((a) => ({ id: a.id, assetNo: a.asset_no, name: a.name })),
      keys: keys.map((k) => ({ id: k.id, kind: k.kind, label: k.label })),
    });
  }
}
