/** People I item 2 (issue 14): onboarding, exams, training (P-01, P-03, P-04, K-08); routes only translate. */
import {
  CreateExamRequest,
  CreateTrainingSessionRequest,
  ExamIdParams,
  ExamList,
  ExamView,
  ForecastQuery,
  MoveRosterAssignmentRequest,
  RosterMoveResult,
  ForecastView,
  PutForecastRequest,
  StaffingQuery,
  StaffingView,
  MyTraining,
  OnboardingList,
  OnboardingUserParams,
  OnboardingView,
  RecordExamAttemptRequest,
  RecordTrainingAttendanceRequest,
  StandbyTrainingView,
  StartOnboardingRequest,
  StartStandbyTrainingRequest,
  TrainingSessionIdParams,
  TrainingSessionList,
  TrainingSessionView,
  TrainingUnitQuery,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { advanceOnboardingStage } from "./advance-onboarding-stage.js";
import { approveOnboarding } from "./approve-onboarding.js";
import { createExam } from "./create-exam.js";
import { createTrainingSession } from "./create-training-session.js";
import { getForecast } from "./get-forecast.js";
import { getMyTraining } from "./get-my-training.js";
import { getStaffing } from "./get-staffing.js";
import { putForecast } from "./put-forecast.js";
import { listExams } from "./list-exams.js";
import { listOnboarding } from "./list-onboarding.js";
import { listTrainingSessions } from "./list-training-sessions.js";
import { moveRosterAssignment } from "./move-roster-assignment.js";
import { recordExamAttempt } from "./record-exam-attempt.js";
import { recordTrainingAttendance } from "./record-training-attendance.js";
import { startOnboarding } from "./start-onboarding.js";
import { startStandbyTraining } from "./start-standby-training.js";

export function peopleTrainingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["people"];
  r.post("/api/v1/people/onboarding", {
    schema: { tags, summary: "Hire through onboarding: a trainee account (no business roles), a mentor, three pre-job stages and the 3-month assessment (K-08, P-01, P-03)", body: StartOnboardingRequest, response: { 201: OnboardingView } },
  }, async (req, reply) => reply.status(201).send(await startOnboarding(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/onboarding", {
    schema: { tags, summary: "Onboardings of a unit and below with what still blocks the business roles (K-08)", querystring: TrainingUnitQuery, response: { 200: OnboardingList } },
  }, async (req) => listOnboarding(ctx, requireUser(req.principal), req.query.orgUnitId));
  r.post("/api/v1/people/onboarding/:userId/stage", {
    schema: { tags, summary: "The mentor signs off the current pre-job stage (P-03, 003-1 Art.15)", params: OnboardingUserParams, response: { 200: OnboardingView } },
  }, async (req) => advanceOnboardingStage(ctx, requireUser(req.principal), req.params.userId));
  r.post("/api/v1/people/onboarding/:userId/approve", {
    schema: { tags, summary: "The training lead approves the passed 3-month assessment: the business roles are granted (K-08), audited", params: OnboardingUserParams, response: { 200: OnboardingView } },
  }, async (req) => approveOnboarding(ctx, requireUser(req.principal), req.params.userId));
  r.post("/api/v1/people/exams", {
    schema: { tags, summary: "Set an exam with a pass mark; attempts by kind (P-01, P-03)", body: CreateExamRequest, response: { 201: ExamView } },
  }, async (req, reply) => reply.status(201).send(await createExam(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/exams", {
    schema: { tags, summary: "Exams of a unit and below with attempts and proposals (P-01, P-04)", querystring: TrainingUnitQuery, response: { 200: ExamList } },
  }, async (req) => listExams(ctx, requireUser(req.principal), req.query.orgUnitId));
  r.post("/api/v1/people/exams/:id/attempts", {
    schema: { tags, summary: "Record a score; failing every attempt proposes dismissal or transfer (P-01, P-04)", params: ExamIdParams, body: RecordExamAttemptRequest, response: { 200: ExamView } },
  }, async (req) => recordExamAttempt(ctx, requireUser(req.principal), req.params.id, req.body));
  r.post("/api/v1/people/standby-training", {
    schema: { tags, summary: "Standby training with its own exam (P-04; People II calls it after three failed quarters)", body: StartStandbyTrainingRequest, response: { 201: StandbyTrainingView } },
  }, async (req, reply) => reply.status(201).send(await startStandbyTraining(ctx, requireUser(req.principal), req.body)));
  r.post("/api/v1/people/training-sessions", {
    schema: { tags, summary: "On-job, external, transfer or standby training with invitees; external report due in a week (P-03)", body: CreateTrainingSessionRequest, response: { 201: TrainingSessionView } },
  }, async (req, reply) => reply.status(201).send(await createTrainingSession(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/training-sessions", {
    schema: { tags, summary: "Training sessions of a unit and below with on-job attendance per person (P-03 Art.22)", querystring: TrainingUnitQuery, response: { 200: TrainingSessionList } },
  }, async (req) => listTrainingSessions(ctx, requireUser(req.principal), req.query.orgUnitId));
  r.post("/api/v1/people/training-sessions/:id/attendance", {
    schema: { tags, summary: "Attendance of an invitee and the external report's hand-in day (P-03 Art.21, 22)", params: TrainingSessionIdParams, body: RecordTrainingAttendanceRequest, response: { 200: TrainingSessionView } },
  }, async (req) => recordTrainingAttendance(ctx, requireUser(req.principal), req.params.id, req.body));
  r.get("/api/v1/people/training/me", {
    schema: { tags, summary: "One's own onboarding, exams and trainings (open to trainees, K-08)", response: { 200: MyTraining } },
  }, async (req) => getMyTraining(ctx, requireUser(req.principal)));
  r.get("/api/v1/people/forecast", {
    schema: { tags, summary: "A counter's arrivals per business type and half hour of a date: same weekday over recent weeks, holiday-aware, with the manager's edits", querystring: ForecastQuery, response: { 200: ForecastView } },
  }, async (req) => getForecast(ctx, requireUser(req.principal), req.query));
  r.put("/api/v1/people/forecast", {
    schema: { tags, summary: "The manager edits a counter's forecast (arrivals per business type and half hour)", body: PutForecastRequest, response: { 200: ForecastView } },
  }, async (req) => putForecast(ctx, requireUser(req.principal), req.body));
  r.get("/api/v1/people/staffing", {
    schema: { tags, summary: "Required staff per half hour by Erlang C for the counter's targets (Q-07; 7×24: 80 % in 10 s) with shrinkage", querystring: StaffingQuery, response: { 200: StaffingView } },
  }, async (req) => getStaffing(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/rosters/:id/moves", {
    schema: { tags, summary: "Drag to edit: move an assignment to another person or day; the hard rules are checked live and the move applied only without violations (P-05)", params: TrainingSessionIdParams, body: MoveRosterAssignmentRequest, response: { 200: RosterMoveResult } },
  }, async (req) => moveRosterAssignment(ctx, requireUser(req.principal), req.params.id, req.body));
}
