/** K-08 a person's own onboarding, exams and trainings: open to every signed-in account, trainees included (training permissions only). */
import { localDateOf } from "@ccms/core";
import { orgUnitRepository, trainingRepository } from "@ccms/db";
import type { ExamView, OnboardingView, TrainingSessionView } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { examViews, onboardingViews, sessionViews } from "./training-view.js";

export async function getMyTraining(ctx: AppContext, p: UserPrincipal): Promise<{ onboarding: OnboardingView | null; exams: ExamView[]; sessions: TrainingSessionView[] }> {
  const ex = ctx.database.db;
  const row = await trainingRepository.findOnboarding(ex, p.userId);
  const unit = await orgUnitRepository.findById(ex, p.orgUnitId);
  const sessionIds = (await trainingRepository.attendanceOfUsers(ex, [p.userId])).map((a) => a.session_id);
  const sessions = [];
  for (const id of sessionIds) {
    const s = await trainingRepository.findSession(ex, id);
    if (s) sessions.push(s);
  }
  const views = await sessionViews(ex, sessions, localDateOf(ctx.clock.now(), unit?.timeZone ?? "Asia/Shanghai"));
  return {
    onboarding: row ? ((await onboardingViews(ex, [row]))[0] ?? null) : null,
    exams: await examViews(ex, await trainingRepository.examsOf(ex, [p.userId])),
    sessions: views.map((s) => ({ ...s, attendees: s.attendees.filter((a) => a.userId === p.userId) })),
  };
}
