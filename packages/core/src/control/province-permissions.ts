/**
 * K-07 (seed 001 九 "岗位权限设置表…审批、验收") the post-permission table is set per province: HQ's
 * table is the default every province inherits; a province changes it by a version of overrides
 * (grant or revoke one action for one post) that one person proposes and a second authorised person
 * accepts (验收) before it takes effect. The rights over the tables themselves (permission.*) stay HQ's.
 */
import { DomainError } from "../shared/errors.js";
import { isRole, mayGrantRole } from "./permissions.js";

export interface PermissionOverride {
  role: string;
  action: string;
  granted: boolean;
}

/** Actions a province may not change: the rights over permission tables are HQ's. */
export function isProvinceOverridable(action: string): boolean {
  return !action.startsWith("permission.");
}

/**
 * A proposal is a set of overrides, each for a known post and action, at most one per (post, action),
 * only for posts the proposer ranks above (hqAdmin: any), never for permission.* actions.
 */
export function assertProvinceProposal(overrides: readonly PermissionOverride[], knownActions: ReadonlySet<string>, proposerRoles: readonly string[]): void {
  const seen = new Set<string>();
  for (const o of overrides) {
    if (!isRole(o.role)) throw new DomainError("validation", "unknown_role", `Unknown post ${o.role}`, { role: o.role });
    if (!knownActions.has(o.action)) throw new DomainError("validation", "unknown_action", `Unknown action ${o.action}`, { action: o.action });
    if (!isProvinceOverridable(o.action)) throw new DomainError("forbidden", "permission_action_hq_only", "Rights over the permission tables are set by HQ only", { action: o.action });
    if (!mayGrantRole(proposerRoles, o.role)) throw new DomainError("forbidden", "role_above_proposer", "A post can be changed only by someone above it", { role: o.role });
    const key = `${o.role}:${o.action}`;
    if (seen.has(key)) throw new DomainError("validation", "override_twice", "The same post and action are listed twice", { role: o.role, action: o.action });
    seen.add(key);
  }
}

/** 验收 by a second person: the proposer may not accept (or reject) their own proposal. */
export function assertSecondPerson(proposerId: string, deciderId: string): void {
  if (proposerId === deciderId) throw new DomainError("forbidden", "acceptance_by_proposer", "A change of the post-permission table is accepted by someone other than its proposer");
}

/** The table in force for a province: HQ's grants with the accepted overrides applied. */
export function applyProvinceOverrides(hq: ReadonlyArray<{ role: string; action: string }>, overrides: readonly PermissionOverride[]): Array<{ role: string; action: string }> {
  const key = (r: string, a: string) => `${r}\u0000${a}`;
  const set = new Map(hq.map((g) => [key(g.role, g.action), { role: g.role, action: g.action }]));
  for (const o of overrides) {
    if (o.granted) set.set(key(o.role, o.action), { role: o.role, action: o.action });
    else set.delete(key(o.role, o.action));
  }
  return [...set.values()].sort((a, b) => a.role.localeCompare(b.role) || a.action.localeCompare(b.action));
}
