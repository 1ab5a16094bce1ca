/**
 * People I item 2 and 3 (issue 14): onboarding with a mentor and three stages, exams, the K-08 gate,
 * training sessions with attendance and the external report (P-01, P-03, P-04, K-08); forecast and
 * staffing per 30-minute interval (Erlang C).
 */
import { z } from "zod";
import { Role } from "./auth.js";
import { Id, Instant, LocalDate } from "./common.js";
import { RosterView } from "./people.js";

export const TrainingStage = z.enum(["norms", "shadowing", "trial", "done"]);
export const ExamKind = z.enum(["pre_job", "onboarding_assessment", "on_post", "quarterly", "standby"]);
export const ExamProposal = z.enum(["dismissal", "transfer"]);

// ---------------------------------------------------------------- onboarding (K-08)
export const StartOnboardingRequest = z.strictObject({
  username: z.string().trim().min(3).max(64).regex(/^[A-Za-z0-9_.-]+$/, "letters, digits, . _ - only"),
  password: z.string().min(1).max(256),
  displayName: z.string().trim().min(1).max(100),
  orgUnitId: Id,
  /** Business roles granted only once the 3-month assessment is passed and approved (K-08). */
  roles: z.array(Role).min(1).max(8),
  mentorUserId: Id,
  hiredOn: LocalDate,
  /** Pass mark of the 3-month assessment (P-01). */
  passMark: z.number().int().min(1).max(100).default(60),
});
export type StartOnboardingRequest = z.infer<typeof StartOnboardingRequest>;

export const ExamAttemptView = z.object({ seq: z.number().int(), takenOn: LocalDate, score: z.number().int(), passed: z.boolean(), recordedByName: z.string() });
export const ExamView = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  orgUnitId: Id,
  kind: ExamKind,
  title: z.string(),
  passMark: z.number().int(),
  maxAttempts: z.number().int(),
  attemptsLeft: z.number().int(),
  dueOn: LocalDate.nullable(),
  state: z.enum(["open", "passed", "failed"]),
  /** Failing all attempts proposes a dismissal (pre-job, 3-month assessment, standby) or a transfer (on-post). */
  proposal: ExamProposal.nullable(),
  attempts: z.array(ExamAttemptView),
  createdAt: Instant,
});
export type ExamView = z.infer<typeof ExamView>;
export const ExamList = z.object({ items: z.array(ExamView) });

export const OnboardingView = z.object({
  userId: Id,
  userName: z.string(),
  orgUnitId: Id,
  mentorUserId: Id,
  mentorName: z.string(),
  hiredOn: LocalDate,
  assessmentDueOn: LocalDate,
  onPostExamDueOn: LocalDate,
  stage: TrainingStage,
  state: z.enum(["training", "granted", "dismissal_proposed"]),
  pendingRoles: z.array(z.string()),
  /** The account's roles now: none while a trainee (training only). */
  currentRoles: z.array(z.string()),
  /** Why the business roles may not be granted yet (empty: the training lead may approve). */
  blockers: z.array(z.enum(["stages_not_done", "assessment_not_passed", "already_granted", "dismissal_proposed"])),
  assessment: ExamView.nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: Instant.nullable(),
});
export type OnboardingView = z.infer<typeof OnboardingView>;
export const OnboardingList = z.object({ items: z.array(OnboardingView) });
export const OnboardingUserParams = z.strictObject({ userId: Id });
export const TrainingUnitQuery = z.strictObject({ orgUnitId: Id });

// ---------------------------------------------------------------- exams
export const CreateExamRequest = z.strictObject({
  userId: Id,
  kind: ExamKind,
  title: z.string().trim().min(1).max(100),
  passMark: z.number().int().min(1).max(100),
  dueOn: LocalDate.optional(),
});
export type CreateExamRequest = z.infer<typeof CreateExamRequest>;
export const RecordExamAttemptRequest = z.strictObject({ score: z.number().int().min(0).max(100), takenOn: LocalDate });
export type RecordExamAttemptRequest = z.infer<typeof RecordExamAttemptRequest>;
export const ExamIdParams = z.strictObject({ id: Id });

/** P-04 standby training with its own exam (People II calls this after 3 failed quarters). */
export const StartStandbyTrainingRequest = z.strictObject({
  userId: Id,
  reason: z.string().trim().min(1).max(500),
  startsOn: LocalDate,
  endsOn: LocalDate,
  passMark: z.number().int().min(1).max(100).default(60),
});
export type StartStandbyTrainingRequest = z.infer<typeof StartStandbyTrainingRequest>;

// ---------------------------------------------------------------- training sessions
export const TrainingSessionKind = z.enum(["on_job", "external", "transfer", "standby"]);
export const CreateTrainingSessionRequest = z.strictObject({
  orgUnitId: Id,
  kind: TrainingSessionKind,
  title: z.string().trim().min(1).max(200),
  startsOn: LocalDate,
  endsOn: LocalDate,
  attendeeUserIds: z.array(Id).min(1).max(500),
});
export type CreateTrainingSessionRequest = z.infer<typeof CreateTrainingSessionRequest>;
export const RecordTrainingAttendanceRequest = z.strictObject({
  userId: Id,
  status: z.enum(["attended", "absent"]),
  /** External training: the day the summary report was handed in (Art.21). */
  reportSubmittedOn: LocalDate.optional(),
});
export type RecordTrainingAttendanceRequest = z.infer<typeof RecordTrainingAttendanceRequest>;
export const TrainingSessionView = z.object({
  id: Id,
  orgUnitId: Id,
  kind: TrainingSessionKind,
  title: z.string(),
  startsOn: LocalDate,
  endsOn: LocalDate,
  reportDueOn: LocalDate.nullable(),
  attendees: z.array(
    z.object({
      userId: Id,
      userName: z.string(),
      status: z.enum(["invited", "attended", "absent"]),
      reportSubmittedOn: LocalDate.nullable(),
      reportStatus: z.enum(["submitted", "submitted_late", "due", "overdue"]).nullable(),
    }),
  ),
});
export type TrainingSessionView = z.infer<typeof TrainingSessionView>;
export const TrainingSessionList = z.object({
  items: z.array(TrainingSessionView),
  /** Art.22 on-job training attendance per person, counted in the assessment. */
  attendance: z.array(z.object({ userId: Id, userName: z.string(), invited: z.number().int(), attended: z.number().int(), rate: z.number() })),
});

/** A person's own training: open to trainees (training permissions only). */
export const MyTraining = z.object({ onboarding: OnboardingView.nullable(), exams: z.array(ExamView), sessions: z.array(TrainingSessionView) });

// ---------------------------------------------------------------- forecast and staffing (item 3)
const HalfHour = z.string().regex(/^([01]\d|2[0-3]):(00|30)$/, "expected HH:00 or HH:30");
export const ForecastQuery = z.strictObject({ orgUnitId: Id, date: LocalDate, weeks: z.coerce.number().int().min(1).max(12).default(4) });
export const ForecastInterval = z.object({ businessType: z.string(), start: z.string(), arrivals: z.number(), source: z.enum(["history", "manual"]) });
export const ForecastView = z.object({
  orgUnitId: Id,
  date: LocalDate,
  holiday: z.boolean(),
  /** The past days the forecast averages: same weekday, same kind of day (holiday or not). */
  basedOn: z.array(LocalDate),
  intervals: z.array(ForecastInterval),
});
export type ForecastView = z.infer<typeof ForecastView>;
export const PutForecastRequest = z.strictObject({
  orgUnitId: Id,
  date: LocalDate,
  intervals: z.array(z.strictObject({ businessType: z.string().trim().min(1).max(40), start: HalfHour, arrivals: z.number().int().min(0).max(100_000) })).min(1).max(2000),
});
export type PutForecastRequest = z.infer<typeof PutForecastRequest>;
export const StaffingQuery = z.strictObject({ orgUnitId: Id, from: LocalDate, to: LocalDate });
export const StaffingView = z.object({
  orgUnitId: Id,
  kind: z.enum(["counter", "callCentre"]),
  ahtSeconds: z.number(),
  shrinkage: z.number(),
  /** Q-07 a peak half hour has at least this × the day's average arrivals (the unit's setting). */
  peakFactor: z.number(),
  days: z.array(
    z.object({
      date: LocalDate,
      intervals: z.array(z.object({ start: z.string(), arrivals: z.number(), peak: z.boolean(), targetSeconds: z.number(), agentsOnPost: z.number().int(), agents: z.number().int(), averageWaitSeconds: z.number(), serviceLevel: z.number(), occupancy: z.number() })),
    }),
  ),
});
export type StaffingView = z.infer<typeof StaffingView>;
export const StandbyTrainingView = z.object({ session: TrainingSessionView, exam: ExamView });
export const TrainingSessionIdParams = z.strictObject({ id: Id });

// ---------------------------------------------------------------- roster drag to edit (P-05)
export const MoveRosterAssignmentRequest = z.strictObject({
  userId: Id,
  date: LocalDate,
  toUserId: Id,
  toDate: LocalDate,
  /** false: only the live rule check; true: apply when no hard rule is broken. */
  apply: z.boolean().default(false),
});
export type MoveRosterAssignmentRequest = z.infer<typeof MoveRosterAssignmentRequest>;
export const RosterMoveResult = z.object({
  violations: z.array(z.object({ rule: z.string(), userId: Id, userName: z.string(), date: LocalDate.nullable() })),
  applied: z.boolean(),
  roster: RosterView.nullable(),
});
export type RosterMoveResult = z.infer<typeof RosterMoveResult>;
