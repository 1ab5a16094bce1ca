/** P-18 untrained staff liability routes (issue 17 item 8): routes only translate. */
import { AwardEligibility, AwardEligibilityQuery, ErrorChargeView, RecordErrorCharge, RecordTrainingPass, TrainingPassView, UserIdParams } from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { recordErrorCharge } from "./record-error-charge.js";
import { recordTrainingPass } from "./record-training-pass.js";
import { viewAwardEligibility } from "./view-award-eligibility.js";

export function untrainedRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["people"];
  r.post("/api/v1/people/staff/:userId/training-passes", {
    schema: { tags, summary: "Record that a person passed the on-post training (P-18)", params: UserIdParams, body: RecordTrainingPass, response: { 201: TrainingPassView } },
  }, async (req, reply) => reply.status(201).send(await recordTrainingPass(ctx, req.principal, req.params.userId, req.body)));
  r.post("/api/v1/people/error-charges", {
    schema: { tags, summary: "Record an error by a person; an untrained person's error is also charged to the department head (P-18)", body: RecordErrorCharge, response: { 201: ErrorChargeView } },
  }, async (req, reply) => reply.status(201).send(await recordErrorCharge(ctx, req.principal, req.body)));
  r.get("/api/v1/people/award-eligibility", {
    schema: { tags, summary: "A department's award eligibility for a period with the reason (P-18; read by the assessment)", querystring: AwardEligibilityQuery, response: { 200: AwardEligibility } },
  }, async (req) => viewAwardEligibility(ctx, req.principal, req.query));
}
