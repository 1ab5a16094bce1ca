/**
 * P-14 grades: the seeds print an empty 等级 box, so the bands are ours, configurable per template.
 * Default (our choice, documented): 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below 60 (out of 100).
 */
import { DomainError } from "../../shared/errors.js";

export type GradeCode = "excellent" | "good" | "pass" | "fail";

export interface GradeBand {
  grade: GradeCode;
  /** Lowest score of the band (inclusive). */
  min: number;
}

export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { grade: "excellent", min: 90 },
  { grade: "good", min: 80 },
  { grade: "pass", min: 60 },
  { grade: "fail", min: 0 },
];

export function assertValidGradeBands(bands: readonly GradeBand[], total: number): void {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const grades = new Set(bands.map((b) => b.grade));
  if (grades.size !== bands.length || !grades.has("fail") || sorted.at(-1)?.min !== 0 || sorted.some((b) => b.min < 0 || b.min > total)) {
    throw new DomainError("validation", "scorecard_grade_bands", "Grade bands need distinct grades, a fail band from 0, and minimums within the total", { bands });
  }
}

export function gradeOf(score: number, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): GradeCode {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => score >= b.min) ?? sorted.at(-1)!).grade;
}
