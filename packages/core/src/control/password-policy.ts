/**
 * K-06 Operator passwords are personal and complex, changed periodically, never the initial one:
 * length ≥ 10, at least three character classes, not the username, not one of the last 5,
 * expiry after 90 days; lockout for 15 minutes after 5 failures.
 */
import { DomainError } from "../shared/errors.js";

export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  historySize: number;
  maxAgeDays: number;
  maxFailures: number;
  lockoutMinutes: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 10,
  minClasses: 3,
  historySize: 5,
  maxAgeDays: 90,
  maxFailures: 5,
  lockoutMinutes: 15,
};

export function characterClasses(pw: string): number {
  let n = 0;
  if (/[a-z]/.test(pw)) n++;
  if (/[A-Z]/.test(pw)) n++;
  if (/[0-9]/.test(pw)) n++;
  if (/[^A-Za-z0-9]/.test(pw)) n++;
  return n;
}

/** Static checks; the history check needs hashes and is done by the caller with `isReused`. */
export function checkPasswordStrength(pw: string, username: string, policy = DEFAULT_PASSWORD_POLICY): void {
  const problems: string[] = [];
  if (pw.length < policy.minLength) problems.push("too_short");
  if (characterClasses(pw) < policy.minClasses) problems.push("too_few_classes");
  const lower = pw.toLowerCase();
  const u = username.toLowerCase();
  if (u.length > 0 && (lower === u || lower.includes(u))) problems.push("contains_username");
  if (problems.length > 0) {
    throw new DomainError("validation", "weak_password", "Password does not meet the policy", {
      problems,
      minLength: policy.minLength,
      minClasses: policy.minClasses,
    });
  }
}

export function passwordReusedError(historySize: number): DomainError {
  return new DomainError("validation", "password_reused", `Password was one of the last ${historySize}`, { historySize });
}

export function isPasswordExpired(changedAt: Date, now: Date, policy = DEFAULT_PASSWORD_POLICY): boolean {
  return now.getTime() - changedAt.getTime() > policy.maxAgeDays * 86_400_000;
}

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** State after a failed sign-in: the 5th failure locks the account for 15 minutes. */
export function afterFailedLogin(state: LockState, now: Date, policy = DEFAULT_PASSWORD_POLICY): LockState {
  const lockExpired = state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime();
  const failed = (lockExpired ? 0 : state.failedAttempts) + 1;
  if (failed >= policy.maxFailures) {
    return { failedAttempts: failed, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) };
  }
  return { failedAttempts: failed, lockedUntil: lockExpired ? null : state.lockedUntil };
}
