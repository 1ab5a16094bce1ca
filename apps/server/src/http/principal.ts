import { DomainError, isInSubtree } from "@ccms/core";
import { type Executor, type OrgUnit, type User, orgUnitRepository, userRepository } from "@ccms/db";

export interface UserPrincipal {
  kind: "user";
  userId: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  roles: string[];
  permissions: Set<string>;
  scopePath: string;
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
  passwordExpired: boolean;
  viaCookie: boolean;
  /** K-09 source address of the request (recorded in audit entries). */
  ip?: string;
}

export interface DevicePrincipal {
  kind: "device";
  deviceId: string;
  deviceKind: string;
  name: string;
  orgUnitId: string;
  scopePath: string;
  sessionId: string | null;
  csrfToken: string | null;
  viaCookie: boolean;
  /** K-09 source address of the request (recorded in audit entries). */
  ip?: string;
}

export type Principal = UserPrincipal | DevicePrincipal;

export function notFound(entity: string, id: string): DomainError {
  return new DomainError("not_found", `${entity}_not_found`, `${entity} ${id} not found`, { id });
}

/** ORG-01 scope: a unit outside the caller's subtree does not exist for them (404, not 403). */
export async function unitInScope(ex: Executor, p: Principal, id: string): Promise<OrgUnit> {
  const unit = await orgUnitRepository.findById(ex, id);
  if (!unit || !isInSubtree(unit.path, p.scopePath)) throw notFound("org_unit", id);
  return unit;
}

/** ORG-01 a user id referenced in a request (owner, assignee …) must be a user in the caller's subtree (else 404). */
export async function userIdInScope(ex: Executor, p: Principal, userId: string): Promise<User> {
  const user = await userRepository.findById(ex, userId);
  const unit = user ? await orgUnitRepository.findById(ex, user.orgUnitId) : undefined;
  if (!user || !unit || !isInSubtree(unit.path, p.scopePath)) throw notFound("user", userId);
  return user;
}

export function assertPathInScope(p: Principal, path: string, entity: string, id: string): void {
  if (!isInSubtree(path, p.scopePath)) throw notFound(entity, id);
}

/** The audit actor of a request, with its source address (K-09: every entry is attributable). */
export function actorOf(p: Principal | null): { id: string | null; name: string | null; ip?: string } {
  if (!p) return { id: null, name: null };
  const ip = p.ip ? { ip: p.ip } : {};
  return p.kind === "user" ? { id: p.userId, name: p.username, ...ip } : { id: p.deviceId, name: `device:${p.name}`, ...ip };
}

export function requireUser(p: Principal | null): UserPrincipal {
  if (!p) throw new DomainError("unauthorized", "unauthenticated", "Sign in first");
  if (p.kind !== "user") throw new DomainError("forbidden", "user_required", "This action needs a signed-in user");
  return p;
}

export function requirePermission(p: Principal | null, action: string): UserPrincipal {
  const u = requireUser(p);
  if (!u.permissions.has(action)) {
    throw new DomainError("forbidden", "permission_denied", `Missing permission ${action}`, { action });
  }
  return u;
}
