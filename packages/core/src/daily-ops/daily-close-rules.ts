/**
 * D-06 daily close 日清日结 per counter and business date. Checks come from real data; a failed
 * blocking check stops the close unless the counter manager overrides it with a reason (audited).
 * "unavailable" (the module holding that data is absent) is shown honestly and does not block.
 */
import { DomainError } from "../shared/errors.js";

export type CloseCheckStatus = "passed" | "failed" | "unavailable";
export interface CloseCheckResult {
  code: string;
  status: CloseCheckStatus;
  blocking: boolean;
  details: Record<string, unknown>;
}

export function failedBlockingChecks(checks: readonly CloseCheckResult[]): CloseCheckResult[] {
  return checks.filter((c) => c.blocking && c.status === "failed");
}

export function canCloseDay(checks: readonly CloseCheckResult[]): boolean {
  return failedBlockingChecks(checks).length === 0;
}

/**
 * Decide whether the close may proceed: already closed → 409 day_already_closed; blocking failure
 * without override → 422 close_blocked; override without the right → 403.
 */
export function decideDailyClose(input: {
  alreadyClosed: boolean;
  checks: readonly CloseCheckResult[];
  override?: { reason: string } | undefined;
  mayOverride: boolean;
}): { overridden: boolean } {
  if (input.alreadyClosed) throw new DomainError("conflict", "day_already_closed", "This business date is already closed");
  const failing = failedBlockingChecks(input.checks);
  if (failing.length === 0) return { overridden: false };
  if (!input.override) {
    throw new DomainError("unprocessable", "close_blocked", "Blocking checks failed", { checks: failing.map((c) => ({ code: c.code, details: c.details })) });
  }
  if (!input.mayOverride) throw new DomainError("forbidden", "close_override_denied", "Only the counter manager may override a blocked close");
  if (!input.override.reason.trim()) throw new DomainError("validation", "override_reason_required", "An override needs a reason");
  return { overridden: true };
}

/** A check built from a count of offending rows. */
export function countCheck(code: string, blocking: boolean, count: number | null, details: Record<string, unknown> = {}): CloseCheckResult {
  if (count === null) return { code, status: "unavailable", blocking, details };
  return { code, status: count === 0 ? "passed" : "failed", blocking, details: { count, ...details } };
}
