/**
 * M-01 现场营销统计表: referrals by tellers, sales and prospects (customer, need, contact). Results
 * are compiled per period and sent to the sales department, which receives or returns them.
 */
import { DomainError } from "../shared/errors.js";

export const LEAD_KINDS = ["referral", "sale", "prospect"] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];

export interface LeadFact {
  kind: LeadKind;
  referredByName: string | null;
  agentName: string | null;
  amountFen: number;
}

export interface MarketingFigures {
  referrals: number;
  sales: number;
  prospects: number;
  salesAmountFen: number;
  byTeller: Array<{ name: string; referrals: number }>;
  byAgent: Array<{ name: string; sales: number; amountFen: number; prospects: number }>;
}

/** M-01 the period's figures, reproducible from the register alone (names sorted by count, then name). */
export function compileMarketingResults(leads: readonly LeadFact[]): MarketingFigures {
  const tellers = new Map<string, number>();
  const agents = new Map<string, { sales: number; amountFen: number; prospects: number }>();
  let referrals = 0;
  let sales = 0;
  let prospects = 0;
  let salesAmountFen = 0;
  for (const l of leads) {
    switch (l.kind) {
      case "referral":
        referrals++;
        if (l.referredByName) tellers.set(l.referredByName, (tellers.get(l.referredByName) ?? 0) + 1);
        break;
      case "sale":
        sales++;
        salesAmountFen += l.amountFen;
        break;
      case "prospect":
        prospects++;
        break;
    }
    if (l.agentName && l.kind !== "referral") {
      const a = agents.get(l.agentName) ?? { sales: 0, amountFen: 0, prospects: 0 };
      if (l.kind === "sale") {
        a.sales++;
        a.amountFen += l.amountFen;
      } else a.prospects++;
      agents.set(l.agentName, a);
    }
  }
  const byName = (x: { name: string }, y: { name: string }) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  return {
    referrals,
    sales,
    prospects,
    salesAmountFen,
    byTeller: [...tellers].map(([name, n]) => ({ name, referrals: n })).sort((x, y) => y.referrals - x.referrals || byName(x, y)),
    byAgent: [...agents].map(([name, a]) => ({ name, ...a })).sort((x, y) => y.sales - x.sales || byName(x, y)),
  };
}

export const SUBMISSION_STATES = ["submitted", "received", "returned"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];
export type SubmissionAction = "receive" | "return";

/** M-01 the sales department receives or returns a submission; a returned one is compiled again. */
export function nextSubmissionState(action: SubmissionAction, state: SubmissionState): SubmissionState {
  if (state !== "submitted") throw new DomainError("conflict", "marketing_submission_not_open", "The results were already received or returned", { state });
  switch (action) {
    case "receive":
      return "received";
    case "return":
      return "returned";
  }
}

/** M-01 a period is from ≤ to and at most a year long. */
export function validateMarketingPeriod(from: string, to: string): void {
  if (from > to) throw new DomainError("validation", "marketing_period_invalid", "The period ends after it starts", { from, to });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days > 366) throw new DomainError("validation", "marketing_period_invalid", "A period is at most a year", { from, to });
}
