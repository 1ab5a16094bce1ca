/**
 * P-08 ("Chains are configurable") a unit's approval chains are usable when every request kind has a
 * chain for every length: per kind, length bounds strictly ascending and the last rule open-ended
 * (null); each chain has 1–3 steps, no level twice (each level is a different person).
 */
import { APPROVAL_LEVELS, type ApprovalChainRule, type RequestKind } from "./approval-chain.js";
import { LEAVE_REQUEST_KINDS } from "./leave-rules.js";

export const REQUEST_KINDS: readonly RequestKind[] = [...LEAVE_REQUEST_KINDS, "swap"];

export type ApprovalChainsViolation =
  | { code: "approval_chain_kind_missing"; kind: RequestKind }
  | { code: "approval_chain_not_open_ended"; kind: RequestKind }
  | { code: "approval_chain_bounds_not_ascending"; kind: RequestKind }
  | { code: "approval_chain_steps_invalid"; kind: RequestKind };

export function checkApprovalChains(rules: readonly ApprovalChainRule[]): ApprovalChainsViolation[] {
  const out: ApprovalChainsViolation[] = [];
  for (const kind of REQUEST_KINDS) {
    const own = rules.filter((r) => r.kind === kind);
    if (own.length === 0) {
      out.push({ code: "approval_chain_kind_missing", kind });
      continue;
    }
    if (own.at(-1)!.upToHalfDays !== null) out.push({ code: "approval_chain_not_open_ended", kind });
    const bounds = own.map((r) => r.upToHalfDays);
    const ascending = bounds.every((b, i) => (i === bounds.length - 1 ? true : b !== null && (i === 0 || (bounds[i - 1] as number) < b)));
    if (!ascending) out.push({ code: "approval_chain_bounds_not_ascending", kind });
    if (own.some((r) => r.steps.length === 0 || r.steps.length > APPROVAL_LEVELS.length || new Set(r.steps).size !== r.steps.length || r.steps.some((s) => !APPROVAL_LEVELS.includes(s))))
      out.push({ code: "approval_chain_steps_invalid", kind });
  }
  return out;
}

/** The rules in a stable order: by kind as listed, then by bound (open-ended last). */
export function sortApprovalChains(rules: readonly ApprovalChainRule[]): ApprovalChainRule[] {
  const rank = (k: RequestKind) => REQUEST_KINDS.indexOf(k);
  return [...rules].sort((a, b) => rank(a.kind) - rank(b.kind) || (a.upToHalfDays ?? Number.POSITIVE_INFINITY) - (b.upToHalfDays ?? Number.POSITIVE_INFINITY));
}
