/**
 * K-07, ORG-01 one authorisation rule for every action on an account (create, update/rename, roles,
 * reset password, deactivate/reactivate, unlock, revoke sessions):
 *  - the actor holds `user.write`;
 *  - the target account's unit is in the actor's subtree (ORG-01; outside answers "not found");
 *  - the actor's highest post outranks the target's highest post, current and requested roles both
 *    counted (K-07 ROLE_RANK). The top post (hqAdmin) may manage its equals, as it may grant hqAdmin —
 *    otherwise nobody could reset an HQ administrator. A counter manager can therefore never reset the
 *    password of an HQ administrator placed in their counter, nor a city admin an HQ admin.
 *  - nobody deactivates their own account.
 */
import { isInSubtree } from "../org/org-tree.js";
import { ROLE_RANK, isRole } from "./permissions.js";

export type AccountAction = "create" | "update" | "roles" | "resetPassword" | "deactivate" | "unlock" | "revokeSessions";
export const ACCOUNT_ACTIONS: readonly AccountAction[] = ["create", "update", "roles", "resetPassword", "deactivate", "unlock", "revokeSessions"];

export interface AccountActor {
  userId: string;
  roles: readonly string[];
  permissions: ReadonlySet<string>;
  scopePath: string;
}

export interface AccountTarget {
  /** Absent when the account is being created. */
  userId?: string;
  /** Roles the account holds now (empty when creating). */
  roles: readonly string[];
  /** Roles the action would give it (create, roles change). */
  newRoles?: readonly string[];
  /** Materialised path of the account's unit. */
  unitPath: string;
}

export type AccountDecision =
  | { ok: true }
  | { ok: false; reason: "permission_denied" | "out_of_scope" | "target_outranks_actor" | "self_deactivation" };

/** Highest rank among known roles; 0 for none. */
export function topRank(roles: readonly string[]): number {
  return Math.max(0, ...roles.filter(isRole).map((r) => ROLE_RANK[r]));
}

export function canManageAccount(actor: AccountActor, action: AccountAction, target: AccountTarget): AccountDecision {
  if (!actor.permissions.has("user.write")) return { ok: false, reason: "permission_denied" };
  if (!isInSubtree(target.unitPath, actor.scopePath)) return { ok: false, reason: "out_of_scope" };
  if (action === "deactivate" && target.userId !== undefined && target.userId === actor.userId) {
    return { ok: false, reason: "self_deactivation" };
  }
  const actorRank = topRank(actor.roles);
  const targetRank = topRank([...target.roles, ...(target.newRoles ?? [])]);
  // Unknown role names count as the top rank: only the top post may handle them.
  const unknown = [...target.roles, ...(target.newRoles ?? [])].some((r) => !isRole(r));
  const effectiveTarget = unknown ? ROLE_RANK.hqAdmin : targetRank;
  const outranks = actorRank === ROLE_RANK.hqAdmin ? true : actorRank > effectiveTarget;
  if (!outranks) return { ok: false, reason: "target_outranks_actor" };
  return { ok: true };
}
