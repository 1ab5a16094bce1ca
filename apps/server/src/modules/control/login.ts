/**
 * K-06 sign-in: argon2id verification, lockout for 15 minutes after 5 failures, expiry after 90 days.
 * The lockout counts per username AND client address (`login_throttle`), so nobody can lock a
 * colleague out from another machine, and unknown usernames are counted and locked exactly like known
 * ones: same errors, same work (one argon2 verification, one transaction), so the answers do not tell
 * which usernames exist.
 */
import { DomainError, type LockState, afterFailedLogin, isLocked, isPasswordExpired } from "@ccms/core";
import { loginThrottleRepository, userRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { appendAudit } from "./audit.js";
import { createSession } from "./sessions.js";

// A fixed hash to spend the same time on unknown usernames (no user enumeration by timing).
let dummyHash: string | undefined;

const lockedError = (until: string | null) =>
  new DomainError("forbidden", "account_locked", "Too many failed attempts; try again later", { lockedUntil: until });

export async function login(ctx: AppContext, username: string, password: string, client = "unknown") {
  const now = ctx.clock.now();
  const ex = ctx.database.db;
  const throttle = await loginThrottleRepository.find(ex, username, client);
  const lock: LockState = { failedAttempts: throttle?.failed_attempts ?? 0, lockedUntil: throttle?.locked_until ? new Date(throttle.locked_until) : null };
  if (isLocked(lock, now)) throw lockedError(throttle!.locked_until);
  // A lock that has run out starts a fresh count.
  const current: LockState = lock.lockedUntil && !isLocked(lock, now) ? { failedAttempts: 0, lockedUntil: null } : lock;

  const user = await userRepository.findByUsername(ex, username);
  dummyHash ??= await ctx.hasher.hash("not-a-real-password-Aa1!");
  const ok = await ctx.hasher.verify(user?.passwordHash ?? dummyHash, password);
  if (!user || !ok) {
    const next = afterFailedLogin(current, now);
    const lockedUntil = next.lockedUntil?.toISOString() ?? null;
    await ctx.tx(async (tx) => {
      await loginThrottleRepository.save(tx, { username, client, failed_attempts: next.failedAttempts, locked_until: lockedUntil, updated_at: now.toISOString() });
      // the account shows its most recent lock to administrators (who can unlock it)
      if (user && lockedUntil) await userRepository.setLockState(tx, user.id, next.failedAttempts, lockedUntil);
      await appendAudit(tx, ctx.database.engine, { id: user?.id ?? null, name: user?.username ?? username, ip: client }, now, {
        action: lockedUntil ? "auth.locked" : "auth.login_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        orgUnitId: user?.orgUnitId ?? null,
        details: { failedAttempts: next.failedAttempts, lockedUntil, client, ...(user ? {} : { unknownUsername: true }) },
      });
    });
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new DomainError("unauthorized", "invalid_credentials", "Wrong username or password");
  }
  if (!user.active) throw new DomainError("forbidden", "account_inactive", "The account is deactivated");
  return ctx.tx(async (tx) => {
    if (throttle) await loginThrottleRepository.clear(tx, username, client);
    if (user.failedAttempts !== 0 || user.lockedUntil) await userRepository.setLockState(tx, user.id, 0, null);
    const session = await createSession(tx, { userId: user.id }, now, ctx.config.sessionTtlHours);
    await appendAudit(tx, ctx.database.engine, { id: user.id, name: user.username, ip: client }, now, {
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
