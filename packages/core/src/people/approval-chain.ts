/**
 * P-08 approval chains by kind and length (003-3 Art.17–18; configurable as data). Levels: section
 * head 科室负责人, deputy director 分管领导, director 局长/主要负责人. Defaults:
 * personal ½ day: section; 1 day: section → deputy; more: section → deputy → director;
 * sick ≤ 2 days: section → deputy; ≥ 3 days (hospital record): deputy → director;
 * annual, marriage, maternity, bereavement: section → deputy; a shift swap: section (P-06).
 */
import { DomainError } from "../shared/errors.js";
import type { LeaveRequestKind } from "./leave-rules.js";

export const APPROVAL_LEVELS = ["section", "deputy", "director"] as const;
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];
export type RequestKind = LeaveRequestKind | "swap";

export interface ApprovalChainRule {
  kind: RequestKind;
  /** The rule applies up to this length in half working days (inclusive); null = any length. */
  upToHalfDays: number | null;
  steps: ApprovalLevel[];
}

export const DEFAULT_APPROVAL_CHAINS: readonly ApprovalChainRule[] = [
  { kind: "personal", upToHalfDays: 1, steps: ["section"] },
  { kind: "personal", upToHalfDays: 2, steps: ["section", "deputy"] },
  { kind: "personal", upToHalfDays: null, steps: ["section", "deputy", "director"] },
  { kind: "sick", upToHalfDays: 4, steps: ["section", "deputy"] },
  { kind: "sick", upToHalfDays: null, steps: ["deputy", "director"] },
  { kind: "annual", upToHalfDays: null, steps: ["section", "deputy"] },
  { kind: "marriage", upToHalfDays: null, steps: ["section", "deputy"] },
  { kind: "maternity", upToHalfDays: null, steps: ["section", "deputy"] },
  { kind: "bereavement", upToHalfDays: null, steps: ["section", "deputy"] },
  { kind: "swap", upToHalfDays: null, steps: ["section"] },
];

/** The chain for a request: the first rule of its kind whose length bound covers it. */
export function approvalChainFor(kind: RequestKind, halfDays: number, rules: readonly ApprovalChainRule[] = DEFAULT_APPROVAL_CHAINS): ApprovalLevel[] {
  const rule = rules.find((r) => r.kind === kind && (r.upToHalfDays === null || halfDays <= r.upToHalfDays));
  if (!rule || rule.steps.length === 0) throw new DomainError("unprocessable", "approval_chain_missing", "No approval chain for this request", { kind, halfDays });
  return [...rule.steps];
}

export interface ApprovalStep {
  level: ApprovalLevel;
  decision: "approved" | "rejected" | null;
  byUserId: string | null;
  at: string | null;
  note: string | null;
}
export type RequestState = "pending" | "approved" | "rejected" | "cancelled";

export const newSteps = (levels: readonly ApprovalLevel[]): ApprovalStep[] => levels.map((level) => ({ level, decision: null, byUserId: null, at: null, note: null }));

/** The step waiting for a decision, or null when none is. */
export function currentStep(steps: readonly ApprovalStep[]): ApprovalStep | null {
  return steps.find((s) => s.decision === null) ?? null;
}

/**
 * P-08 one decision on the current step. The approver holds that level, is not the requester and has
 * not decided an earlier step of the same request (each level is a different person). Approving the
 * last step approves the request; a rejection at any step rejects it.
 */
export function decideApprovalStep(
  request: { state: RequestState; requesterId: string; steps: readonly ApprovalStep[] },
  approver: { userId: string; levels: readonly ApprovalLevel[] },
  decision: "approve" | "reject",
  at: string,
  note: string | null,
): { state: RequestState; steps: ApprovalStep[]; decidedLevel: ApprovalLevel } {
  if (request.state !== "pending") throw new DomainError("conflict", "request_not_pending", "This request is not waiting for a decision", { state: request.state });
  const step = currentStep(request.steps);
  if (!step) throw new DomainError("conflict", "request_not_pending", "This request is not waiting for a decision", { state: request.state });
  if (approver.userId === request.requesterId) throw new DomainError("forbidden", "approver_is_requester", "You cannot decide your own request");
  if (!approver.levels.includes(step.level)) throw new DomainError("forbidden", "approval_level_missing", "This step needs another approver", { level: step.level });
  if (request.steps.some((s) => s.byUserId === approver.userId)) throw new DomainError("forbidden", "approver_already_decided", "Another person decides the next step");
  const steps = request.steps.map((s) => (s === step ? { ...s, decision: decision === "approve" ? ("approved" as const) : ("rejected" as const), byUserId: approver.userId, at, note } : { ...s }));
  const state: RequestState = decision === "reject" ? "rejected" : currentStep(steps) ? "pending" : "approved";
  return { state, steps, decidedLevel: step.level };
}
