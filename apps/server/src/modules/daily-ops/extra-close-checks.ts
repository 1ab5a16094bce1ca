/**
 * D-06 seam: other modules add checks to the daily close list (K-12 post-review backlog, K-13 hall
 * equipment count). Each provider reads its own registers for a counter and business date, read-only,
 * and returns a check or null (not applicable). Registered by the module's routes at boot.
 */
import type { CloseCheckResult } from "@ccms/core";
import type { Executor, OrgUnit } from "@ccms/db";

export type ExtraCloseCheck = (ex: Executor, counter: OrgUnit, date: string) => Promise<CloseCheckResult | null>;
const providers = new Map<string, ExtraCloseCheck>();

export function registerCloseCheck(code: string, fn: ExtraCloseCheck): void {
  providers.set(code, fn);
}

export async function runExtraCloseChecks(ex: Executor, counter: OrgUnit, date: string): Promise<CloseCheckResult[]> {
  const out: CloseCheckResult[] = [];
  for (const fn of providers.values()) {
    const c = await fn(ex, counter, date);
    if (c) out.push(c);
  }
  return out;
}
