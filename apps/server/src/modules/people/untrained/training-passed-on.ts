/**
 * P-18 the dates on which a person counts as having passed training: the recorded on-post training
 * passes, every passed exam of People I's training (migration 025: the day of the passing attempt) and a
 * completed onboarding (K-08 roles granted: the local day of the approval).
 */
import { localDateOf } from "@ccms/core";
import { orgUnitRepository, trainingRepository, untrainedRepository } from "@ccms/db";
import type { Executor } from "@ccms/db";

export async function trainingPassedOn(ex: Executor, user: { id: string; orgUnitId: string }): Promise<string[]> {
  const [passes, exams, onboarding, unit] = await Promise.all([
    untrainedRepository.trainingPassesOf(ex, user.id),
    trainingRepository.examsOf(ex, [user.id]),
    trainingRepository.findOnboarding(ex, user.id),
    orgUnitRepository.findById(ex, user.orgUnitId),
  ]);
  const passed = exams.filter((e) => e.state === "passed");
  const attempts = await trainingRepository.attemptsOf(ex, passed.map((e) => e.id));
  const examDays = passed.flatMap((e) => {
    const last = attempts.filter((a) => a.exam_id === e.id).sort((a, b) => a.seq - b.seq).at(-1);
    return last ? [last.taken_on] : [];
  });
  const onboardingDay = onboarding?.state === "granted" && onboarding.approved_at ? [localDateOf(new Date(onboarding.approved_at), unit?.timeZone ?? "Asia/Shanghai")] : [];
  return [...passes.map((t) => t.passed_on), ...examDays, ...onboardingDay].sort();
}
