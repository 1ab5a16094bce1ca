/**
 * P-14 consequences of the quarters: three failed quarters (cumulative) or a failed year → a
 * standby-training proposal (People I); P-12 annual excellence: top 3 by average quarterly score, at
 * most floor(15 % of the centre's headcount), ineligible staff (P-13, seed 003 Art.106/107) skipped
 * with the reason shown.
 */
import type { GradeBand, GradeCode } from "./grade-bands.js";
import { gradeOf } from "./grade-bands.js";

export interface SignedQuarter {
  quarter: string;
  score: number;
  grade: GradeCode;
}

export type StandbyReason = "threeFailedQuarters" | "failedYear";

/** `history`: the person's signed-off quarters, any years; `year`: the year just assessed. */
export function standbyProposal(history: readonly SignedQuarter[], year: number, bands: readonly GradeBand[]): StandbyReason | null {
  if (history.filter((h) => h.grade === "fail").length >= 3) return "threeFailedQuarters";
  const ofYear = history.filter((h) => h.quarter.startsWith(`${year}-`));
  if (ofYear.length === 4) {
    const avg = ofYear.reduce((s, h) => s + h.score, 0) / 4;
    if (gradeOf(avg, bands) === "fail") return "failedYear";
  }
  return null;
}

export interface ExcellenceCandidate {
  userId: string;
  /** Average of the year's signed-off quarterly scores. */
  average: number;
  quarters: number;
  /** Why the person cannot be chosen (null: eligible). */
  ineligibleReason: string | null;
}

export interface ExcellenceResult {
  quota: number;
  chosen: ExcellenceCandidate[];
  skipped: ExcellenceCandidate[];
}

export const excellenceQuota = (headcount: number): number => Math.min(3, Math.floor((headcount * 15) / 100));

export function selectExcellence(candidates: readonly ExcellenceCandidate[], headcount: number): ExcellenceResult {
  const quota = excellenceQuota(headcount);
  const ranked = [...candidates].filter((c) => c.quarters > 0).sort((a, b) => b.average - a.average || a.userId.localeCompare(b.userId));
  const chosen: ExcellenceCandidate[] = [];
  const skipped: ExcellenceCandidate[] = [];
  for (const c of ranked) {
    if (chosen.length >= quota) break;
    if (c.ineligibleReason) skipped.push(c);
    else chosen.push(c);
  }
  return { quota, chosen, skipped };
}
