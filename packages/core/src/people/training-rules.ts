/**
 * P-01, P-03, P-04, K-08 onboarding, training and exams (seed 002 §1.2.1.3; seed 003 第一篇 Art.12–29):
 * - pre-job training with a mentor in three stages (Art.15: 现场工作规范学习, 跟班实习, 试接话);
 * - exams with a pass mark and attempts: pre-job / 3-month assessment fail twice → dismissal proposal
 *   (Art.17, 002 §1.2.1.3); on-post exam at 6 months fail twice → transfer proposal (P-01);
 *   standby exam (Art.29) fail → dismissal proposal;
 * - K-08 business roles only after the 3-month assessment is passed and approved by the training lead;
 * - external training report due within one week (Art.21); on-job training attendance counted (Art.22).
 */
import { type LocalDate, addDays, daysBetween } from "../shared/time.js";

export const TRAINING_STAGES = ["norms", "shadowing", "trial"] as const;
export type TrainingStage = (typeof TRAINING_STAGES)[number];
/** Where an onboarding stands: a stage in progress, or all three done. */
export type OnboardingStage = TrainingStage | "done";

/** The stage after `stage` once the mentor signs it off (Art.15 order). */
export function nextStage(stage: OnboardingStage): OnboardingStage {
  switch (stage) {
    case "norms":
      return "shadowing";
    case "shadowing":
      return "trial";
    case "trial":
    case "done":
      return "done";
  }
}

export const EXAM_KINDS = ["pre_job", "onboarding_assessment", "on_post", "quarterly", "standby"] as const;
export type ExamKind = (typeof EXAM_KINDS)[number];
export type ExamProposal = "dismissal" | "transfer";

/** Attempts allowed and what failing all of them proposes, per exam kind. */
export function examPolicy(kind: ExamKind): { maxAttempts: number; onFail: ExamProposal | null } {
  switch (kind) {
    case "pre_job":
    case "onboarding_assessment":
      return { maxAttempts: 2, onFail: "dismissal" }; // Art.17; 002 §1.2.1.3 不得上岗
    case "on_post":
      return { maxAttempts: 2, onFail: "transfer" }; // P-01 两次不合格调离
    case "standby":
      return { maxAttempts: 1, onFail: "dismissal" }; // P-04 Art.29
    case "quarterly":
      return { maxAttempts: 1, onFail: null }; // Art.23 input to performance and retraining
  }
}

export type ExamState = "open" | "passed" | "failed";

/** The exam after its attempts (scores in order): passed at the first score ≥ pass mark. */
export function examOutcome(kind: ExamKind, passMark: number, scores: readonly number[]): { state: ExamState; attemptsLeft: number; proposal: ExamProposal | null } {
  const { maxAttempts, onFail } = examPolicy(kind);
  if (scores.some((s) => s >= passMark)) return { state: "passed", attemptsLeft: 0, proposal: null };
  if (scores.length >= maxAttempts) return { state: "failed", attemptsLeft: 0, proposal: onFail };
  return { state: "open", attemptsLeft: maxAttempts - scores.length, proposal: null };
}

/** K-08 / P-01 the 3-month assessment is due three calendar months after hiring. */
export function onboardingAssessmentDue(hiredOn: LocalDate): LocalDate {
  return addMonths(hiredOn, 3);
}

/** P-01 staff on post 6 months or more sit the post exam. */
export function onPostExamDue(hiredOn: LocalDate): LocalDate {
  return addMonths(hiredOn, 6);
}

function addMonths(d: LocalDate, n: number): LocalDate {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, "0")}-${String(nm).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
}

export type GrantBlocker = "stages_not_done" | "assessment_not_passed" | "already_granted" | "dismissal_proposed";

/** K-08 may the training lead grant the business roles now? The reasons it may not, empty when it may. */
export function grantBlockers(o: { stage: OnboardingStage; assessment: ExamState | null; granted: boolean; dismissalProposed: boolean }): GrantBlocker[] {
  const out: GrantBlocker[] = [];
  if (o.granted) out.push("already_granted");
  if (o.dismissalProposed) out.push("dismissal_proposed");
  if (o.stage !== "done") out.push("stages_not_done");
  if (o.assessment !== "passed") out.push("assessment_not_passed");
  return out;
}

/** Art.21 the report of an external training is due one week after it ends. */
export const EXTERNAL_REPORT_DAYS = 7;
export function externalReportDue(endsOn: LocalDate): LocalDate {
  return addDays(endsOn, EXTERNAL_REPORT_DAYS);
}
export type ReportStatus = "submitted" | "submitted_late" | "due" | "overdue";
export function externalReportStatus(dueOn: LocalDate, submittedOn: LocalDate | null, today: LocalDate): ReportStatus {
  if (submittedOn !== null) return daysBetween(submittedOn, dueOn) >= 0 ? "submitted" : "submitted_late";
  return daysBetween(today, dueOn) >= 0 ? "due" : "overdue";
}

/** Art.22 attendance of on-job training counts in the assessment: attended / invited, 1 when none. */
export function trainingAttendanceRate(invited: number, attended: number): number {
  if (invited <= 0) return 1;
  return Math.min(1, attended / invited);
}
