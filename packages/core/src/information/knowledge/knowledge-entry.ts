/**
 * I-03 a knowledge base entry: typical case 典型案例, key knowledge point 关键知识点, service technique
 * 服务技巧. Draft → published → retired (a retired entry may be published again); every edit is a
 * new version; a typical case may be drawn from a finished case.
 */
import { DomainError } from "../../shared/errors.js";

export const KNOWLEDGE_KINDS = ["typicalCase", "keyPoint", "serviceTechnique"] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

export const KNOWLEDGE_STATES = ["draft", "published", "retired"] as const;
export type KnowledgeState = (typeof KNOWLEDGE_STATES)[number];

export type KnowledgeAction = "publish" | "retire" | "edit";

/** I-03 the state after an action, or a typed error for an impossible one. */
export function nextKnowledgeState(action: KnowledgeAction, state: KnowledgeState): KnowledgeState {
  switch (action) {
    case "publish":
      if (state === "published") throw new DomainError("conflict", "knowledge_already_published", "The entry is already published", { state });
      return "published";
    case "retire":
      if (state !== "published") throw new DomainError("conflict", "knowledge_not_published", "Only a published entry can be retired", { state });
      return "retired";
    case "edit":
      // an edit keeps the state: a published entry stays published with its new version
      return state;
  }
}

/** I-03 only a finished case (closed, or archived unsatisfied) becomes a typical case. */
export function assertCaseCanBecomeKnowledge(caseState: string): void {
  if (caseState !== "closed" && caseState !== "archivedUnsatisfied") {
    throw new DomainError("conflict", "knowledge_case_not_closed", "Only a closed case can be added to the case library", { state: caseState });
  }
}

/** I-03 read counts: only readings of a published entry count, never the author's preview of a draft. */
export function countsAsReading(state: KnowledgeState): boolean {
  return state === "published";
}

/** I-03 training material (People I) is a published entry flagged for training. */
export function isTrainingMaterial(state: KnowledgeState, training: boolean): boolean {
  return training && state === "published";
}
