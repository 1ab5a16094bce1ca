/**
 * C-13 as written (seed 003 第二篇 Art.26): a repeat complaint because nobody could be reached counts
 * as ONE responsible complaint of the outlet (the handling counter), in its own category, however many
 * repeats follow; it is not charged to the earlier handler.
 */
import { DomainError } from "../shared/errors.js";
import type { CaseKind, RulingCategory } from "./case-model.js";

export const REPEAT_REASONS = ["handler_unreachable", "unsatisfied", "other"] as const;
export type RepeatReason = (typeof REPEAT_REASONS)[number];

/** The outlet's own responsible category for a repeat caused by nobody being reachable. */
export const UNREACHABLE_HANDLER_CATEGORY: RulingCategory = "repeatUnreachable";

export interface RepeatComplaintInput {
  /** Kind of the new case. */
  kind: CaseKind;
  earlier: { id: string; kind: CaseKind; handlerId: string | null; firstResponderId: string | null };
  reason: RepeatReason;
  /** Repeats of the same earlier case already recorded for the same reason (not counting this one). */
  priorRepeatsForReason: number;
}

export interface RepeatComplaintRuling {
  outcome: "responsible";
  category: RulingCategory;
  repeatOf: string;
  /** Always null: the outlet, not a person, is responsible (C-13). */
  employeeId: null;
  count: 1;
}

// C-13
export function repeatComplaintRuling(input: RepeatComplaintInput): RepeatComplaintRuling | null {
  if (input.kind !== "complaint") {
    throw new DomainError("unprocessable", "repeat_requires_complaint", "Only a complaint can be a repeat complaint", { kind: input.kind });
  }
  if (input.earlier.kind !== "complaint") {
    throw new DomainError("unprocessable", "repeat_of_not_complaint", "A repeat complaint must repeat an earlier complaint", {
      repeatOfCaseId: input.earlier.id,
      kind: input.earlier.kind,
    });
  }
  switch (input.reason) {
    case "handler_unreachable":
      // Counted once: only the first repeat for this reason yields the responsible ruling.
      if (input.priorRepeatsForReason > 0) return null;
      return {
        outcome: "responsible",
        category: UNREACHABLE_HANDLER_CATEGORY,
        repeatOf: input.earlier.id,
        employeeId: null,
        count: 1,
      };
    case "unsatisfied":
    case "other":
      return null;
    default: {
      const never: never = input.reason;
      return never;
    }
  }
}
