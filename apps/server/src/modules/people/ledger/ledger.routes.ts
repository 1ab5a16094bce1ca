/** People II part B (issue 15): ledger, skill assessments, quality checks, phrases; routes only translate. */
import {
  AppealLedgerEntryRequest,
  AttendanceSweepRequest,
  AttendanceSweepResponse,
  CreateLedgerEntryRequest,
  CreateQualityCheckRequest,
  CreateSkillAssessmentRequest,
  DecideLedgerAppealRequest,
  DecideLedgerEntryRequest,
  LedgerEntryView,
  LedgerIdParams,
  LedgerList,
  LedgerRuleList,
  ListByUnitPeriodQuery,
  ListLedgerQuery,
  ListQualityChecksQuery,
  QualityCheckList,
  QualityCheckView,
  ServicePhraseList,
  SkillAssessmentList,
  SkillAssessmentView,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { requireUser } from "../../../http/principal.js";
import { appealLedgerEntry } from "./appeal-ledger-entry.js";
import { createLedgerEntry } from "./create-ledger-entry.js";
import { createQualityCheck } from "./create-quality-check.js";
import { createSkillAssessment } from "./create-skill-assessment.js";
import { decideLedgerAppeal } from "./decide-ledger-appeal.js";
import { decideLedgerEntry } from "./decide-ledger-entry.js";
import { listLedger } from "./list-ledger.js";
import { listLedgerRules } from "./list-ledger-rules.js";
import { listQualityChecks } from "./list-quality-checks.js";
import { listServicePhrases } from "./list-service-phrases.js";
import { listSkillAssessments } from "./list-skill-assessments.js";
import { sweepAttendance } from "./sweep-attendance.js";

export function peopleLedgerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["people"];
  r.get("/api/v1/people/ledger-rules", {
    schema: { tags, summary: "Reward and penalty points in force (P-12, P-13; seed 003 Art.104–107 by default)", response: { 200: LedgerRuleList } },
  }, async (req) => listLedgerRules(ctx, requireUser(req.principal)));
  r.post("/api/v1/people/ledger", {
    schema: { tags, summary: "Record a ledger entry: rule, person, date, evidence link; waits for the manager's approval (P-12, P-13)", body: CreateLedgerEntryRequest, response: { 201: LedgerEntryView } },
  }, async (req, reply) => reply.status(201).send(await createLedgerEntry(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/ledger", {
    schema: { tags, summary: "Ledger entries of oneself, a person (userId) or a unit (orgUnitId) in a date range, with approved totals (P-12, P-13)", querystring: ListLedgerQuery, response: { 200: LedgerList } },
  }, async (req) => listLedger(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/people/ledger/:id/decision", {
    schema: { tags, summary: "The person's manager approves or rejects an entry", params: LedgerIdParams, body: DecideLedgerEntryRequest, response: { 200: LedgerEntryView } },
  }, async (req) => decideLedgerEntry(ctx, requireUser(req.principal), req.params.id, req.body));
  r.post("/api/v1/people/ledger/:id/appeal", {
    schema: { tags, summary: "The person appeals an entry, once (C-12)", params: LedgerIdParams, body: AppealLedgerEntryRequest, response: { 200: LedgerEntryView } },
  }, async (req) => appealLedgerEntry(ctx, requireUser(req.principal), req.params.id, req.body));
  r.post("/api/v1/people/ledger/:id/appeal-decision", {
    schema: { tags, summary: "The upper level decides the appeal, finally: upheld voids the entry (C-12)", params: LedgerIdParams, body: DecideLedgerAppealRequest, response: { 200: LedgerEntryView } },
  }, async (req) => decideLedgerAppeal(ctx, requireUser(req.principal), req.params.id, req.body));
  r.post("/api/v1/people/ledger/attendance-sweep", {
    schema: { tags, summary: "Automatic entries from a unit's month of attendance: absent two days −10, unapproved swap −5, full attendance +1, a swap voids it (seed 003 Art.104.1, 106.1, 106.6)", body: AttendanceSweepRequest, response: { 200: AttendanceSweepResponse } },
  }, async (req) => sweepAttendance(ctx, requireUser(req.principal), req.body));
  r.post("/api/v1/people/skill-assessments", {
    schema: { tags, summary: "Skill assessment of a teller for a quarter on five dimensions (seed 000 §七(一)4)", body: CreateSkillAssessmentRequest, response: { 201: SkillAssessmentView } },
  }, async (req, reply) => reply.status(201).send(await createSkillAssessment(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/skill-assessments", {
    schema: { tags, summary: "Skill assessments of a unit and below (seed 000 §七(一)4)", querystring: ListByUnitPeriodQuery, response: { 200: SkillAssessmentList } },
  }, async (req) => listSkillAssessments(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/people/quality-checks", {
    schema: { tags, summary: "Service-quality check by CCTV sampling, post-review or customer interview with findings and forbidden phrases heard (seed 000 §七(二)2, Q-12)", body: CreateQualityCheckRequest, response: { 201: QualityCheckView } },
  }, async (req, reply) => reply.status(201).send(await createQualityCheck(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/people/quality-checks", {
    schema: { tags, summary: "Service-quality checks of a unit and below (seed 000 §七(二)2)", querystring: ListQualityChecksQuery, response: { 200: QualityCheckList } },
  }, async (req) => listQualityChecks(ctx, requireUser(req.principal), req.query));
  r.get("/api/v1/people/service-phrases", {
    schema: { tags, summary: "Standard and forbidden phrases by process (Q-12)", response: { 200: ServicePhraseList } },
  }, async (req) => listServicePhrases(ctx, requireUser(req.principal)));
}
