/**
 * Exhaustive case state machine:
 *   received → accepted → investigating (⇄ waiting) → replied → callback → closed
 *   reconsideration (C-09) from replied / callback / closed / archivedUnsatisfied;
 *   archivedUnsatisfied (C-10) from callback; reopen from replied / callback → investigating.
 * An impossible transition is `action_not_allowed` (409) with the state and action.
 */
import { DomainError } from "../shared/errors.js";
import type { CaseKind, CaseState, RulingCategory, RulingOutcome } from "./case-model.js";
import { NON_RESPONSIBLE_CATEGORIES, RESPONSIBLE_CATEGORIES } from "./case-model.js";

export const CASE_ACTION_TYPES = [
  "accept",
  "contact",
  "investigate",
  "pause",
  "decide-pause",
  "resume",
  "reply",
  "explain-delay",
  "request-extension",
  "approve-extension",
  "escalate",
  "forward",
  "close",
  "callback",
  "archive-unsatisfied",
  "reopen",
  "apply-reconsideration",
  "decide-reconsideration",
  "rule",
  "appeal",
  "decide-appeal",
  "add-rectification",
  "complete-rectification",
  "note",
] as const;
export type CaseActionType = (typeof CASE_ACTION_TYPES)[number];

const OPEN_WORK: readonly CaseState[] = ["received", "accepted", "investigating", "waiting"];
const AFTER_REPLY: readonly CaseState[] = ["replied", "callback", "closed", "archivedUnsatisfied"];

export interface TransitionInput {
  kind: CaseKind;
  state: CaseState;
  /** For `resume`: the state the case was in before it was paused. */
  stateBeforePause?: CaseState;
  /** For `callback`: the result. */
  callbackResult?: "satisfied" | "unsatisfied";
  /** For `decide-reconsideration`. */
  reconsiderationOutcome?: "upheld" | "revised";
}

function notAllowed(action: CaseActionType, state: CaseState): DomainError {
  return new DomainError("conflict", "action_not_allowed", `Action ${action} is not allowed in state ${state}`, { action, state });
}

function from(states: readonly CaseState[], action: CaseActionType, state: CaseState, to: CaseState | "same"): CaseState {
  if (!states.includes(state)) throw notAllowed(action, state);
  return to === "same" ? state : to;
}

/** The state after `action`, or a conflict error. Actions that do not move the case return the same state. */
export function nextCaseState(action: CaseActionType, input: TransitionInput): CaseState {
  const { state, kind } = input;
  switch (action) {
    case "accept":
      return from(["received"], action, state, "accepted");
    case "contact":
      return from([...OPEN_WORK, "reconsideration"], action, state, "same");
    case "investigate":
      return from(["accepted"], action, state, "investigating");
    case "pause":
      return from(["accepted", "investigating"], action, state, "waiting");
    case "decide-pause":
      // C-07 the pause request is decided while the case waits; the state does not move.
      return from(["waiting"], action, state, "same");
    case "resume":
      return from(["waiting"], action, state, input.stateBeforePause ?? "investigating");
    case "reply":
      // C-02 a complaint answered on the spot may be replied to straight from `received`.
      return from(["received", "accepted", "investigating"], action, state, "replied");
    case "explain-delay":
    case "request-extension":
    case "approve-extension":
      return from([...OPEN_WORK, "reconsideration"], action, state, "same");
    case "escalate":
    case "forward":
      return from(OPEN_WORK, action, state, "same");
    case "close":
      // C-10 every closed complaint gets a callback task: a complaint passes through `callback`.
      return from(["replied"], action, state, kind === "complaint" ? "callback" : "closed");
    case "callback":
      if (state === "callback") return input.callbackResult === "satisfied" ? "closed" : "callback";
      // Upper-level sampled callbacks are made on closed or archived cases; the state stays.
      return from(["closed", "archivedUnsatisfied"], action, state, "same");
    case "archive-unsatisfied":
      return from(["callback"], action, state, "archivedUnsatisfied");
    case "reopen":
      return from(["replied", "callback"], action, state, "investigating");
    case "apply-reconsideration":
      if (kind !== "complaint") {
        throw new DomainError("unprocessable", "reconsideration_complaints_only", "Only complaints can be reconsidered", { kind });
      }
      return from(AFTER_REPLY, action, state, "reconsideration");
    case "decide-reconsideration":
      return from(["reconsideration"], action, state, input.reconsiderationOutcome === "revised" ? "replied" : "closed");
    case "rule":
      if (kind !== "complaint") {
        throw new DomainError("unprocessable", "ruling_complaints_only", "Only complaints get a responsibility ruling", { kind });
      }
      return from(["investigating", "waiting", "replied", "callback", "closed", "reconsideration", "archivedUnsatisfied"], action, state, "same");
    case "appeal":
    case "decide-appeal":
    case "add-rectification":
    case "complete-rectification":
    case "note":
      return state;
  }
}

/** Action types whose state precondition holds (permissions and time windows are checked separately). */
export function allowedCaseActions(kind: CaseKind, state: CaseState): CaseActionType[] {
  const out: CaseActionType[] = [];
  for (const a of CASE_ACTION_TYPES) {
    try {
      nextCaseState(a, { kind, state, callbackResult: "satisfied" });
      out.push(a);
    } catch {
      // not allowed
    }
  }
  return out;
}

/** C-12 the category must belong to the outcome. */
export function assertRulingCategory(outcome: RulingOutcome, category: RulingCategory): void {
  const list: readonly string[] = outcome === "responsible" ? RESPONSIBLE_CATEGORIES : NON_RESPONSIBLE_CATEGORIES;
  if (!list.includes(category)) {
    throw new DomainError("validation", "ruling_category_mismatch", `Category ${category} does not fit outcome ${outcome}`, {
      outcome,
      category,
      allowed: list,
    });
  }
}
