/**
 * C-06 / C-07 a time limit may be extended before it runs out: the policy's extension steps are taken
 * in order (a step without approval is granted at once; a step with approval waits for the upper
 * level); past the last step, or for a policy without steps, the handler names a later date, which the
 * upper level approves. A deadline already met or already breached cannot be extended.
 */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, endOfLocalDay } from "../shared/time.js";
import type { CaseState } from "./case-model.js";
import type { ComputedDeadline } from "./compute-deadlines.js";

/** The limit a delay or an extension is about: the reconsideration decision while in reconsideration, else the reply. */
export type ExtendableMetric = "reply" | "reconsiderationDecision";

export function extendableMetricOf(state: CaseState): ExtendableMetric {
  return state === "reconsideration" ? "reconsiderationDecision" : "reply";
}

export interface ExtensionStep {
  days: number;
  requiresApproval: boolean;
}

export type ExtensionPlan =
  /** The step needs no approval: granted now. */
  | { kind: "granted"; days: number; step: number }
  /** The step waits for the upper level. */
  | { kind: "stepRequested"; days: number; step: number }
  /** Past the policy's steps: a date the upper level approves. */
  | { kind: "dateRequested"; untilDate: LocalDate };

export interface ExtensionRequestInput {
  metric: ExtendableMetric;
  /** The deadline in force for the metric (undefined: the case has none). */
  deadline: Pick<ComputedDeadline, "dueAt" | "status" | "metAt"> | undefined;
  /** The policy's steps for the case kind and metric, in order. */
  steps: readonly ExtensionStep[];
  /** Steps already granted for this metric. */
  grantedSteps: number;
  /** An extension request already waits for a decision. */
  pending: boolean;
  untilDate?: LocalDate | undefined;
  timeZone: string;
}

/** C-07 the deadline a delay explanation or an extension applies to must still be open. */
export function assertDeadlineOpen(
  metric: ExtendableMetric,
  deadline: Pick<ComputedDeadline, "dueAt" | "status" | "metAt"> | undefined,
  breachedCode: "deadline_already_breached" | "explanation_too_late",
): Pick<ComputedDeadline, "dueAt" | "status" | "metAt"> {
  if (!deadline || deadline.metAt) throw new DomainError("conflict", "deadline_already_met", "The deadline is already met", { metric });
  if (deadline.status === "breached") {
    const details = { metric, dueAt: deadline.dueAt.toISOString() };
    if (breachedCode === "explanation_too_late") throw new DomainError("unprocessable", "explanation_too_late", "The explanation must be recorded before the limit", details);
    throw new DomainError("unprocessable", "deadline_already_breached", "An extension must be requested before the limit", details);
  }
  return deadline;
}

export function planExtensionRequest(input: ExtensionRequestInput): ExtensionPlan {
  if (input.pending) throw new DomainError("conflict", "extension_pending", "An extension request is already pending");
  const deadline = assertDeadlineOpen(input.metric, input.deadline, "deadline_already_breached");
  const step = input.steps[input.grantedSteps];
  if (step) {
    return step.requiresApproval
      ? { kind: "stepRequested", days: step.days, step: input.grantedSteps }
      : { kind: "granted", days: step.days, step: input.grantedSteps };
  }
  if (!input.untilDate) throw new DomainError("validation", "extension_date_required", "untilDate is required for this policy", { metric: input.metric });
  if (endOfLocalDay(input.untilDate, input.timeZone).getTime() <= deadline.dueAt.getTime()) {
    throw new DomainError("validation", "extension_not_later", "untilDate must be after the current deadline", { dueAt: deadline.dueAt.toISOString(), untilDate: input.untilDate });
  }
  return { kind: "dateRequested", untilDate: input.untilDate };
}
