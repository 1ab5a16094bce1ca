/** K-06 own password change: policy, not one of the last 5, other sessions revoked. */
import { DEFAULT_PASSWORD_POLICY, DomainError, checkPasswordStrength, passwordReusedError } from "@ccms/core";
import { sessionRepository, userRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { appendAudit } from "./audit.js";

/** Throws password_reused when `password` matches the current hash or one of the last N. */
export async function assertNotReused(ctx: AppContext, userId: string, password: string): Promise<void> {
  const recent = await userRepository.recentPasswordHashes(ctx.database.db, userId, DEFAULT_PASSWORD_POLICY.historySize);
  for (const h of recent) {
    if (await ctx.hasher.verify(h, password)) throw passwordReusedError(DEFAULT_PASSWORD_POLICY.historySize);
  }
}

export async function changePassword(ctx: AppContext, p: UserPrincipal, currentPassword: string, newPassword: string) {
  const now = ctx.clock.now();
  const user = await userRepository.findById(ctx.database.db, p.userId);
  if (!user) throw new DomainError("unauthorized", "invalid_session", "The account no longer exists");
  if (!(await ctx.hasher.verify(user.passwordHash, currentPassword))) {
    throw new DomainError("validation", "wrong_current_password", "The current password is wrong");
  }
  checkPasswordStrength(newPassword, user.username);
  await assertNotReused(ctx, user.id, newPassword);
  const hash = await ctx.hasher.hash(newPassword);
  await ctx.tx(async (tx) => {
    await userRepository.setPassword(tx, user.id, hash, now.toISOString(), false);
    await sessionRepository.revokeAllOfUser(tx, user.id, now.toISOString(), p.sessionId);
    await appendAudit(tx, ctx.database.engine, { id: user.id, name: user.username, ...(p.ip ? { ip: p.ip } : {}) }, now, {
      action: "auth.password_changed",
      entityType: "user",
      entityId: user.id,
      orgUnitId: user.orgUnitId,
    });
  });
  return { ok: true as const };
}
