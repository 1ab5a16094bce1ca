/**
 * K-06, K-07, ORG-01 accounts: a user belongs to one unit in the admin's subtree; every action on an
 * account passes one rule (`canManageAccount`: user.write, target in scope, actor outranks the
 * target's highest role); roles granted are limited by rank (no privilege escalation); an account
 * created or reset by an admin must change its password at first sign-in.
 */
import { type AccountAction, DomainError, canManageAccount, checkPasswordStrength, mayGrantRole } from "@ccms/core";
import { type Executor, type User, loginThrottleRepository, orgUnitRepository, sessionRepository, userRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit } from "./audit.js";
import { assertNotReused } from "./change-password.js";

export function publicUser(u: User) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    orgUnitId: u.orgUnitId,
    roles: u.roles,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil,
    createdAt: u.createdAt,
  };
}

async function assertMayGrant(_ex: Executor, p: UserPrincipal, roles: readonly string[]): Promise<void> {
  for (const role of roles) {
    if (!mayGrantRole(p.roles, role)) {
      throw new DomainError("forbidden", "role_not_grantable", `You cannot grant the role ${role}`, { role });
    }
  }
}

/**
 * K-07, ORG-01 the one gate for every action on an account. Out of scope answers 404 (the account does
 * not exist for the caller); an account that ranks as high as the caller answers 403.
 */
export async function assertMayManage(
  ex: Executor,
  p: UserPrincipal,
  action: AccountAction,
  target: { user?: User; orgUnitId: string; newRoles?: readonly string[] },
): Promise<void> {
  const unit = await orgUnitRepository.findById(ex, target.orgUnitId);
  const missing = () => (target.user ? notFound("user", target.user.id) : notFound("org_unit", target.orgUnitId));
  if (!unit) throw missing();
  const decision = canManageAccount(
    { userId: p.userId, roles: p.roles, permissions: p.permissions, scopePath: p.scopePath },
    action,
    { ...(target.user ? { userId: target.user.id } : {}), roles: target.user?.roles ?? [], newRoles: target.newRoles ?? [], unitPath: unit.path },
  );
  if (decision.ok) return;
  switch (decision.reason) {
    case "permission_denied":
      throw new DomainError("forbidden", "permission_denied", "Missing permission user.write", { action: "user.write" });
    case "out_of_scope":
      throw missing();
    case "self_deactivation":
      throw new DomainError("unprocessable", "cannot_deactivate_self", "You cannot deactivate your own account");
    case "target_outranks_actor":
      throw new DomainError("forbidden", "account_outranks_you", "This account holds a post as high as yours or higher", { id: target.user?.id ?? null });
  }
}

export async function userInScope(ex: Executor, p: UserPrincipal, id: string): Promise<User> {
  const u = await userRepository.findById(ex, id);
  if (!u) throw notFound("user", id);
  await unitInScope(ex, p, u.orgUnitId).catch(() => {
    throw notFound("user", id);
  });
  return u;
}

export interface CreateUserInput {
  username: string;
  password: string;
  displayName: string;
  orgUnitId: string;
  roles: string[];
  /** K-08 the administrator's basis for granting business roles directly (transfer, earlier exam). */
  qualificationBasis?: { kind: string; note?: string | undefined } | undefined;
}

export async function createUser(ctx: AppContext, principal: UserPrincipal | null, input: CreateUserInput, opts: { mustChangePassword?: boolean } = {}) {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  if (principal) {
    requirePermission(principal, "user.write");
    await unitInScope(ex, principal, input.orgUnitId);
    await assertMayGrant(ex, principal, input.roles);
    await assertMayManage(ex, principal, "create", { orgUnitId: input.orgUnitId, newRoles: input.roles });
  }
  checkPasswordStrength(input.password, input.username);
  if (await userRepository.findByUsername(ex, input.username)) {
    throw new DomainError("conflict", "username_taken", `Username ${input.username} is taken`, { username: input.username });
  }
  const hash = await ctx.hasher.hash(input.password);
  const user: User = {
    id: ulid(),
    username: input.username,
    displayName: input.displayName,
    orgUnitId: input.orgUnitId,
    passwordHash: hash,
    passwordChangedAt: now.toISOString(),
    mustChangePassword: opts.mustChangePassword ?? true,
    failedAttempts: 0,
    lockedUntil: null,
    active: true,
    createdAt: now.toISOString(),
    deactivatedAt: null,
    roles: [...new Set(input.roles)],
  };
  await ctx.tx(async (tx) => {
    if (await userRepository.findByUsername(tx, input.username)) {
      throw new DomainError("conflict", "username_taken", `Username ${input.username} is taken`, { username: input.username });
    }
    await userRepository.insert(tx, user);
    await tx.insertInto("password_history").values({ user_id: user.id, password_hash: hash, created_at: user.createdAt }).execute();
    await appendAudit(tx, ctx.database.engine, actorOf(principal), now, {
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      orgUnitId: user.orgUnitId,
      details: { username: user.username, roles: user.roles, ...(principal && user.roles.length > 0 ? { qualificationBasis: input.qualificationBasis ?? "未说明" } : {}) },
    });
  });
  return publicUser(user);
}

export async function listUsers(ctx: AppContext, p: UserPrincipal, orgUnitId?: string) {
  requirePermission(p, "user.read");
  if (orgUnitId) await unitInScope(ctx.database.db, p, orgUnitId);
  const users = await userRepository.listInScope(ctx.database.db, p.scopePath, orgUnitId);
  return { items: users.map(publicUser) };
}

export async function getUser(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "user.read");
  return publicUser(await userInScope(ctx.database.db, p, id));
}

export async function updateUser(
  ctx: AppContext,
  p: UserPrincipal,
  id: string,
  patch: { displayName?: string | undefined; roles?: string[] | undefined; active?: boolean | undefined },
) {
  requirePermission(p, "user.write");
  const now = ctx.clock.now();
  const ex = ctx.database.db;
  const before = await userInScope(ex, p, id);
  if (id === p.userId && patch.active === false) {
    throw new DomainError("unprocessable", "cannot_deactivate_self", "You cannot deactivate your own account");
  }
  const actions: AccountAction[] = [];
  if (patch.displayName !== undefined) actions.push("update");
  if (patch.roles) actions.push("roles");
  if (patch.active !== undefined) actions.push("deactivate");
  if (actions.length === 0) actions.push("update");
  for (const action of actions) {
    await assertMayManage(ex, p, action, { user: before, orgUnitId: before.orgUnitId });
  }
  if (patch.roles) await assertMayGrant(ex, p, [...patch.roles, ...before.roles]);
  await ctx.tx(async (tx) => {
    await userRepository.update(tx, id, {
      ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
      ...(patch.active !== undefined ? { active: patch.active, deactivatedAt: patch.active ? null : now.toISOString() } : {}),
    });
    if (patch.roles) await userRepository.setRoles(tx, id, [...new Set(patch.roles)]);
    if (patch.active === false) await sessionRepository.revokeAllOfUser(tx, id, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "user.updated",
      entityType: "user",
      entityId: id,
      orgUnitId: before.orgUnitId,
      details: { before: { displayName: before.displayName, roles: before.roles, active: before.active }, patch },
    });
  });
  return publicUser((await userRepository.findById(ex, id))!);
}

/** An admin sets a temporary password: the user must change it at next sign-in (K-06). */
export async function resetPassword(ctx: AppContext, p: UserPrincipal, id: string, newPassword: string) {
  requirePermission(p, "user.write");
  const now = ctx.clock.now();
  const user = await userInScope(ctx.database.db, p, id);
  await assertMayManage(ctx.database.db, p, "resetPassword", { user, orgUnitId: user.orgUnitId });
  checkPasswordStrength(newPassword, user.username);
  await assertNotReused(ctx, user.id, newPassword);
  const hash = await ctx.hasher.hash(newPassword);
  await ctx.tx(async (tx) => {
    await userRepository.setPassword(tx, id, hash, now.toISOString(), true);
    await sessionRepository.revokeAllOfUser(tx, id, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "user.password_reset",
      entityType: "user",
      entityId: id,
      orgUnitId: user.orgUnitId,
    });
  });
  return { ok: true as const };
}

export async function unlockUser(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "user.write");
  const now = ctx.clock.now();
  const user = await userInScope(ctx.database.db, p, id);
  await assertMayManage(ctx.database.db, p, "unlock", { user, orgUnitId: user.orgUnitId });
  await ctx.tx(async (tx) => {
    await userRepository.setLockState(tx, id, 0, null);
    await loginThrottleRepository.clearUsername(tx, user.username);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "user.unlocked", entityType: "user", entityId: id, orgUnitId: user.orgUnitId });
  });
  return publicUser((await userRepository.findById(ctx.database.db, id))!);
}

export async function listSessions(ctx: AppContext, p: UserPrincipal) {
  const rows = await sessionRepository.listActiveOfUser(ctx.database.db, p.userId, ctx.clock.now().toISOString());
  return { items: rows.map((s) => ({ id: s.id, createdAt: s.created_at, expiresAt: s.expires_at, current: s.id === p.sessionId })) };
}

export async function revokeUserSessions(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "user.write");
  const now = ctx.clock.now();
  const user = await userInScope(ctx.database.db, p, id);
  await assertMayManage(ctx.database.db, p, "revokeSessions", { user, orgUnitId: user.orgUnitId });
  await ctx.tx(async (tx) => {
    await sessionRepository.revokeAllOfUser(tx, id, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "user.sessions_revoked", entityType: "user", entityId: id, orgUnitId: user.orgUnitId });
  });
  return { ok: true as const };
}
