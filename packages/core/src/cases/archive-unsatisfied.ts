/**
 * C-10 a complaint whose callback still finds the customer unsatisfied, with no fault found, is
 * archived as "unsatisfied"; when a responsible ruling stands the unit rectifies and reopens instead.
 */
import { DomainError } from "../shared/errors.js";
import type { RulingOutcome } from "./case-model.js";

export function assertCanArchiveUnsatisfied(
  /** The latest done callback of the responsible unit. */
  lastCallback: { result: string | null } | undefined,
  /** The ruling's final outcome (after any appeal), if the case was ruled. */
  finalOutcome: RulingOutcome | undefined,
): void {
  if (!lastCallback || lastCallback.result !== "unsatisfied") {
    throw new DomainError("conflict", "callback_not_unsatisfied", "Only a case whose callback found the customer unsatisfied can be archived so");
  }
  if (finalOutcome === "responsible") {
    throw new DomainError("unprocessable", "fault_found", "A responsible ruling exists: rectify and reopen instead");
  }
}
