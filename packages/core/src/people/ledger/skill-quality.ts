/**
 * seed 000 §七(一)4 skill assessment of tellers on five dimensions, §七(二)2 service-quality checks
 * (CCTV sampling, post-review, customer interview) and Q-12 forbidden phrases heard in a check.
 */
import { DomainError } from "../../shared/errors.js";

export const SKILL_DIMENSIONS = ["customerService", "computerOperation", "professionalKnowledge", "ruleCompliance", "riskIdentification"] as const;
export type SkillDimension = (typeof SKILL_DIMENSIONS)[number];
export type SkillScores = Record<SkillDimension, number>;

export const QUALITY_METHODS = ["cctv", "post_review", "interview"] as const;
export type QualityMethod = (typeof QUALITY_METHODS)[number];

/** A check passes at this score (0–100) and with no forbidden phrase heard. */
export const QUALITY_PASS_SCORE = 80;

/** Each dimension 0–100; the result is their rounded average. */
export function skillAverage(s: SkillScores): number {
  for (const d of SKILL_DIMENSIONS) {
    const v = s[d];
    if (!Number.isInteger(v) || v < 0 || v > 100) throw new DomainError("validation", "skill_score_out_of_range", "Each dimension is scored 0 to 100", { dimension: d });
  }
  return Math.round(SKILL_DIMENSIONS.reduce((t, d) => t + s[d], 0) / SKILL_DIMENSIONS.length);
}

/** Q-12 a forbidden phrase heard fails the check whatever the score; unknown phrase codes are refused. */
export function qualityCheckPassed(score: number, heard: readonly string[], forbiddenCodes: ReadonlySet<string>): boolean {
  if (!Number.isInteger(score) || score < 0 || score > 100) throw new DomainError("validation", "quality_score_out_of_range", "The score is 0 to 100");
  const unknown = heard.filter((c) => !forbiddenCodes.has(c));
  if (unknown.length) throw new DomainError("validation", "quality_phrase_unknown", "Not a forbidden phrase of the list", { codes: unknown });
  return score >= QUALITY_PASS_SCORE && heard.length === 0;
}
