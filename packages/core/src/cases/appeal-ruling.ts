/**
 * C-12 the employee may appeal a responsibility ruling once, to the level above, whose decision is
 * final: upheld keeps the ruling; overturned flips the outcome (responsible ⇄ non-responsible) and
 * needs the new category, which must belong to the new outcome.
 */
import { DomainError } from "../shared/errors.js";
import type { RulingCategory, RulingOutcome } from "./case-model.js";
import { assertRulingCategory } from "./case-state-machine.js";

export type AppealStatus = "none" | "pending" | "upheld" | "overturned";
export type AppealDecision = "upheld" | "overturned";

/** C-12 one appeal per ruling. */
export function assertCanAppeal(ruling: { appealStatus: AppealStatus } | undefined): void {
  if (!ruling) throw new DomainError("conflict", "no_ruling", "There is no ruling to appeal");
  if (ruling.appealStatus !== "none") throw new DomainError("conflict", "appeal_already_used", "The one appeal has already been made");
}

export interface AppealResult {
  finalOutcome: RulingOutcome;
  finalCategory: RulingCategory;
}

export function assertPendingAppeal<R extends { appealStatus: AppealStatus }>(ruling: R | undefined): asserts ruling is R {
  if (!ruling || ruling.appealStatus !== "pending") throw new DomainError("conflict", "no_pending_appeal", "There is no pending appeal");
}

/** C-12 the final outcome and category once the upper level has decided the appeal. */
export function decideAppeal(
  ruling: { appealStatus: AppealStatus; outcome: RulingOutcome; category: RulingCategory } | undefined,
  decision: AppealDecision,
  category?: RulingCategory,
): AppealResult {
  assertPendingAppeal(ruling);
  if (decision === "upheld") return { finalOutcome: ruling.outcome, finalCategory: ruling.category };
  const finalOutcome: RulingOutcome = ruling.outcome === "responsible" ? "nonResponsible" : "responsible";
  if (!category) throw new DomainError("validation", "category_required", "An overturned ruling needs the new category");
  assertRulingCategory(finalOutcome, category);
  return { finalOutcome, finalCategory: category };
}
