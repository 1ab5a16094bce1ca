/**
 * P-01 (staff on post 6+ months sit the post exam; seed 002 §1.2.1.3) who needs the on-post exam set
 * today: an active person whose 6-month anniversary of hire has come (onPostExamDue ≤ today) and who
 * has never had an on-post exam. Once per person: a passed, failed or open one is not set again.
 */
import type { LocalDate } from "../shared/time.js";
import { onPostExamDue } from "./training-rules.js";

export interface OnPostCandidate {
  userId: string;
  hireDate: LocalDate;
  active: boolean;
  /** The person already has an on-post exam (any state). */
  hasOnPostExam: boolean;
}

export function onPostExamsDue(staff: readonly OnPostCandidate[], today: LocalDate): Array<{ userId: string; dueOn: LocalDate }> {
  return staff.filter((s) => s.active && !s.hasOnPostExam && onPostExamDue(s.hireDate) <= today).map((s) => ({ userId: s.userId, dueOn: onPostExamDue(s.hireDate) }));
}
