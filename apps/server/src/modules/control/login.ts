/** K-06 sign-in: argon2id verification, lockout for 15 minutes after 5 failures, expiry after 90 days. */
import { DomainError, type LockState, afterFailedLogin, isLocked, isPasswordExpired } from "@ccms/core";
import { userRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { appendAudit } from "./audit.js";
import { createSession } from "./sessions.js";

// A fixed hash to spend the same time on unknown usernames (no user enumeration by timing).
let dummyHash: string | undefined;

export async function login(ctx: AppContext, username: string, password: string) {
  const now = ctx.clock.now();
  const user = await userRepository.findByUsername(ctx.database.db, username);
  if (!user) {
    dummyHash ??= await ctx.hasher.hash("not-a-real-password-Aa1!");
    await ctx.hasher.verify(dummyHash, password);
    throw new DomainError("unauthorized", "invalid_credentials", "Wrong username or password");
  }
  const lock: LockState = { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil ? new Date(user.lockedUntil) : null };
  if (isLocked(lock, now)) {
    throw new DomainError("forbidden", "account_locked", "Too many failed attempts; try again later", { lockedUntil: user.lockedUntil });
  }
  const ok = await ctx.hasher.verify(user.passwordHash, password);
  if (!ok) {
    const next = afterFailedLogin(lock, now);
    await ctx.tx(async (tx) => {
      await userRepository.setLockState(tx, user.id, next.failedAttempts, next.lockedUntil?.toISOString() ?? null);
      await appendAudit(tx, ctx.database.engine, { id: user.id, name: user.username }, now, {
        action: next.lockedUntil ? "auth.locked" : "auth.login_failed",
        entityType: "user",
        entityId: user.id,
        orgUnitId: user.orgUnitId,
        details: { failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil?.toISOString() ?? null },
      });
    });
    if (next.lockedUntil) {
      throw new DomainError("forbidden", "account_locked", "Too many failed attempts; try again later", { lockedUntil: next.lockedUntil.toISOString() });
    }
    throw new DomainError("unauthorized", "invalid_credentials", "Wrong username or password");
  }
  if (!user.active) throw new DomainError("forbidden", "account_inactive", "The account is deactivated");
  return ctx.tx(async (tx) => {
    await userRepository.setLockState(tx, user.id, 0, null);
    const session = await createSession(tx, { userId: user.id }, now, ctx.config.sessionTtlHours);
    await appendAudit(tx, ctx.database.engine, { id: user.id, name: user.username }, now, {
      action: "auth.login",
      entityType: "session",
      entityId: session.id,
      orgUnitId: user.orgUnitId,
    });
    return {
      token: session.token,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      user: { id: user.id, username: user.username, displayName: user.displayName, orgUnitId: user.orgUnitId, roles: user.roles },
      mustChangePassword: user.mustChangePassword,
      passwordExpired: isPasswordExpired(new Date(user.passwordChangedAt), now),
    };
  });
}
