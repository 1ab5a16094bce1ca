/** People II part A (issue 15): P-14 scorecard templates, quarterly assessment, P-12 annual excellence; routes only translate. */
import {
  AssessmentRunResult,
  CardCommentRequest,
  CardCorrectionRequest,
  CreateAssessmentRunRequest,
  CreateScorecardTemplateRequest,
  ExcellenceList,
  ExcellenceQuery,
  IdParams,
  ListScorecardTemplatesQuery,
  ScoreItemRequest,
  ScorecardList,
  ScorecardTemplateList,
  ScorecardTemplateView,
  ScorecardView,
  ScorecardsQuery,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { requireUser } from "../../../http/principal.js";
import { commentOnCard } from "./comment-on-card.js";
import { correctCard } from "./correct-card.js";
import { createScorecardTemplate } from "./create-scorecard-template.js";
import { listScorecardTemplates } from "./list-scorecard-templates.js";
import { listScorecards } from "./list-scorecards.js";
import { runAssessment } from "./run-assessment.js";
import { scoreCardItem } from "./score-card-item.js";
import { signOffRun } from "./sign-off-run.js";
import { viewExcellence } from "./view-excellence.js";

export function assessmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["people"];
  r.get("/api/v1/people/scorecard-templates", {
    schema: { tags, summary: "Scorecard templates per post, versioned, with items (KPI formula or judgement) and grade bands (P-14)", querystring: ListScorecardTemplatesQuery, response: { 200: ScorecardTemplateList } },
  }, async (req) => listScorecardTemplates(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/people/scorecard-templates", {
    schema: { tags, summary: "New version of a post's scorecard template; refused unless the items add up to the total (P-14)", body: CreateScorecardTemplateRequest, response: { 201: ScorecardTemplateView } },
  }, async (req, reply) => reply.status(201).send(await createScorecardTemplate(ctx, requireUser(req.principal), req.body)));
  r.post("/api/v1/people/assessment-runs", {
    schema: { tags, summary: "Quarterly assessment of a unit: every person's card from system data, judgement scores and the ledger (P-14, P-12/P-13, C-12/C-13); again while open refreshes the figures", body: CreateAssessmentRunRequest, response: { 200: AssessmentRunResult } },
  }, async (req) => runAssessment(ctx, requireUser(req.principal), req.body));
  r.post("/api/v1/people/assessment-runs/:id/sign-off", {
    schema: { tags, summary: "Sign the quarter off: cards locked; three failed quarters or a failed year → standby-training proposal (P-14)", params: IdParams, response: { 200: AssessmentRunResult } },
  }, async (req) => signOffRun(ctx, requireUser(req.principal), req.params.id));
  r.get("/api/v1/people/scorecards", {
    schema: { tags, summary: "Cards of a unit's quarter (quarter written 2026-Q4); without people.read only one's own (P-14)", querystring: ScorecardsQuery, response: { 200: ScorecardList } },
  }, async (req) => listScorecards(ctx, requireUser(req.principal), req.query));
  r.post("/api/v1/people/scorecards/:id/scores", {
    schema: { tags, summary: "Score a judgement item or enter a KPI figure the system does not hold, with a comment (P-14)", params: IdParams, body: ScoreItemRequest, response: { 200: ScorecardView } },
  }, async (req) => scoreCardItem(ctx, requireUser(req.principal), req.params.id, req.body));
  r.post("/api/v1/people/scorecards/:id/comment", {
    schema: { tags, summary: "The employee's comment on their own open card (P-14)", params: IdParams, body: CardCommentRequest, response: { 200: ScorecardView } },
  }, async (req) => commentOnCard(ctx, requireUser(req.principal), req.params.id, req.body.comment));
  r.post("/api/v1/people/scorecards/:id/corrections", {
    schema: { tags, summary: "Correcting entry on a signed-off card (P-14)", params: IdParams, body: CardCorrectionRequest, response: { 200: ScorecardView } },
  }, async (req) => correctCard(ctx, requireUser(req.principal), req.params.id, req.body));
  r.get("/api/v1/people/excellence", {
    schema: { tags, summary: "Annual excellence: top 3 by average quarterly score, at most 15 % of the headcount, ineligible skipped with the reason (P-12, P-13)", querystring: ExcellenceQuery, response: { 200: ExcellenceList } },
  }, async (req) => viewExcellence(ctx, requireUser(req.principal), req.query));
}
