/** P-01, P-03, P-04, K-08 views of onboarding, exams and training sessions: names, not ids. */
import { type ExamKind, type OnboardingStage, examOutcome, externalReportStatus, grantBlockers, onPostExamDue, onboardingAssessmentDue, trainingAttendanceRate } from "@ccms/core";
import { type Executor, type PeopleExamTable, type PeopleOnboardingTable, type PeopleTrainingSessionTable, staffRecordRepository, trainingRepository, userRepository } from "@ccms/db";
import type { ExamView, OnboardingView, TrainingSessionView } from "@ccms/contracts";

export async function examViews(ex: Executor, rows: readonly PeopleExamTable[]): Promise<ExamView[]> {
  const attempts = await trainingRepository.attemptsOf(ex, rows.map((r) => r.id));
  const names = await staffRecordRepository.namesOf(ex, [...rows.map((r) => r.user_id), ...attempts.map((a) => a.recorded_by)]);
  return rows.map((r) => {
    const mine = attempts.filter((a) => a.exam_id === r.id);
    const outcome = examOutcome(r.kind as ExamKind, r.pass_mark, mine.map((a) => a.score));
    return {
      id: r.id,
      userId: r.user_id,
      userName: names.get(r.user_id) ?? "",
      orgUnitId: r.org_unit_id,
      kind: r.kind as ExamKind,
      title: r.title,
      passMark: r.pass_mark,
      maxAttempts: r.max_attempts,
      attemptsLeft: outcome.attemptsLeft,
      dueOn: r.due_on,
      state: r.state as ExamView["state"],
      proposal: r.proposal as ExamView["proposal"],
      attempts: mine.map((a) => ({ seq: a.seq, takenOn: a.taken_on, score: a.score, passed: a.score >= r.pass_mark, recordedByName: names.get(a.recorded_by) ?? "" })),
      createdAt: r.created_at,
    };
  });
}

export async function onboardingViews(ex: Executor, rows: readonly PeopleOnboardingTable[]): Promise<OnboardingView[]> {
  const exams = (await trainingRepository.examsOf(ex, rows.map((r) => r.user_id))).filter((e) => e.kind === "onboarding_assessment");
  const examByUser = new Map<string, ExamView>();
  for (const v of await examViews(ex, exams)) examByUser.set(v.userId, v); // the latest assessment wins
  const names = await staffRecordRepository.namesOf(ex, rows.flatMap((r) => [r.user_id, r.mentor_user_id, r.approved_by ?? ""]));
  const out: OnboardingView[] = [];
  for (const r of rows) {
    const user = await userRepository.findById(ex, r.user_id);
    const assessment = examByUser.get(r.user_id) ?? null;
    const stage = r.stage as OnboardingStage;
    out.push({
      userId: r.user_id,
      userName: names.get(r.user_id) ?? "",
      orgUnitId: r.org_unit_id,
      mentorUserId: r.mentor_user_id,
      mentorName: names.get(r.mentor_user_id) ?? "",
      hiredOn: r.hired_on,
      assessmentDueOn: onboardingAssessmentDue(r.hired_on),
      onPostExamDueOn: onPostExamDue(r.hired_on),
      stage,
      state: r.state as OnboardingView["state"],
      pendingRoles: JSON.parse(r.pending_roles) as string[],
      currentRoles: user?.roles ?? [],
      blockers: grantBlockers({ stage, assessment: assessment?.state ?? null, granted: r.state === "granted", dismissalProposed: r.state === "dismissal_proposed" }),
      assessment,
      approvedByName: r.approved_by ? (names.get(r.approved_by) ?? "") : null,
      approvedAt: r.approved_at,
    });
  }
  return out;
}

export async function sessionViews(ex: Executor, rows: readonly PeopleTrainingSessionTable[], today: string): Promise<TrainingSessionView[]> {
  const att = await trainingRepository.attendanceOf(ex, rows.map((r) => r.id));
  const names = await staffRecordRepository.namesOf(ex, att.map((a) => a.user_id));
  return rows.map((r) => ({
    id: r.id,
    orgUnitId: r.org_unit_id,
    kind: r.kind as TrainingSessionView["kind"],
    title: r.title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    reportDueOn: r.report_due_on,
    attendees: att
      .filter((a) => a.session_id === r.id)
      .map((a) => ({
        userId: a.user_id,
        userName: names.get(a.user_id) ?? "",
        status: a.status as "invited" | "attended" | "absent",
        reportSubmittedOn: a.report_submitted_on,
        reportStatus: r.report_due_on ? externalReportStatus(r.report_due_on, a.report_submitted_on, today) : null,
      })),
  }));
}

/** P-03 Art.22 on-job training attendance per person (counted in the assessment). */
export function attendanceTotals(sessions: readonly TrainingSessionView[]) {
  const by = new Map<string, { userId: string; userName: string; invited: number; attended: number }>();
  for (const s of sessions) {
    if (s.kind !== "on_job") continue;
    for (const a of s.attendees) {
      const t = by.get(a.userId) ?? { userId: a.userId, userName: a.userName, invited: 0, attended: 0 };
      t.invited += 1;
      if (a.status === "attended") t.attended += 1;
      by.set(a.userId, t);
    }
  }
  return [...by.values()].map((t) => ({ ...t, rate: trainingAttendanceRate(t.invited, t.attended) }));
}
