/**
 * K-10 anti-money-laundering: large-amount receipts/payments by threshold; self-inspection
 * rectification rate, and a deadline whenever it is below 100%.
 */
import { DomainError } from "../shared/errors.js";

export interface AmlThresholds {
  cashThresholdFen: number;
  transferThresholdFen: number;
}

/** Defaults: cash ≥ ¥50,000; transfers ≥ ¥2,000,000 (settable per unit). */
export const DEFAULT_AML_THRESHOLDS: AmlThresholds = { cashThresholdFen: 5_000_000, transferThresholdFen: 200_000_000 };

export function isLargeAmount(method: "cash" | "transfer", amountFen: number, t: AmlThresholds): boolean {
  switch (method) {
    case "cash":
      return amountFen >= t.cashThresholdFen;
    case "transfer":
      return amountFen >= t.transferThresholdFen;
  }
}

export function rectificationRate(items: ReadonlyArray<{ compliant: boolean; rectified: boolean }>): { nonCompliant: number; rectified: number; rate: number } {
  const bad = items.filter((i) => !i.compliant);
  const fixed = bad.filter((i) => i.rectified).length;
  return { nonCompliant: bad.length, rectified: fixed, rate: bad.length === 0 ? 100 : Math.round((fixed / bad.length) * 1000) / 10 };
}

export function assertRectificationDeadline(rate: number, deadline: string | undefined | null): void {
  if (rate < 100 && !deadline) {
    throw new DomainError("validation", "rectification_deadline_required", "Rectification below 100% needs a deadline", { rate });
  }
}

/** Masked identity number: first 3 and last 4 characters. */
export function maskIdNumber(s: string): string {
  if (s.length <= 7) return `${s.slice(0, 1)}***`;
  return `${s.slice(0, 3)}${"*".repeat(s.length - 7)}${s.slice(-4)}`;
}
