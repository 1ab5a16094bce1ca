/** Case causes as a managed list (issue 10 item 4) and the C-12 committee size per unit; routes only translate. */
import {
  CaseCauseItem,
  CaseCauseList,
  CaseCauseListQuery,
  CaseCauseParams,
  CommitteeSetting,
  CommitteeSettingParams,
  CreateCaseCauseRequest,
  SetCommitteeSettingRequest,
  UpdateCaseCauseRequest,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { registerActions } from "../control/permissions.js";
import { createCaseCause, listCaseCauses, updateCaseCause } from "./case-causes.js";
import { setCommitteeSetting, viewCommitteeSetting } from "./committee-setting.js";

export function caseCauseRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(["case.cause.manage", "case.committee.manage"]);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["cases"];
  r.get("/api/v1/cases/causes", {
    schema: { tags, summary: "Case causes with their names: HQ's list and the unit's own (retired ones on request)", querystring: CaseCauseListQuery, response: { 200: CaseCauseList } },
  }, async (req) => listCaseCauses(ctx, req.principal, req.query));
  r.post("/api/v1/cases/causes", {
    schema: { tags, summary: "Add a case cause to HQ's or a unit's list (audited)", body: CreateCaseCauseRequest, response: { 201: CaseCauseItem } },
  }, async (req, reply) => reply.status(201).send(await createCaseCause(ctx, req.principal, req.body)));
  r.patch("/api/v1/cases/causes/:causeId", {
    schema: { tags, summary: "Rename, retire or restore a case cause (audited)", params: CaseCauseParams, body: UpdateCaseCauseRequest, response: { 200: CaseCauseItem } },
  }, async (req) => updateCaseCause(ctx, req.principal, req.params.causeId, req.body));
  r.get("/api/v1/cases/committee/:unitId", {
    schema: { tags, summary: "The unit's responsibility committee size in force (C-12)", params: CommitteeSettingParams, response: { 200: CommitteeSetting } },
  }, async (req) => viewCommitteeSetting(ctx, req.principal, req.params.unitId));
  r.put("/api/v1/cases/committee/:unitId", {
    schema: { tags, summary: "Set the unit's responsibility committee size, at least 3 (C-12, audited)", params: CommitteeSettingParams, body: SetCommitteeSettingRequest, response: { 200: CommitteeSetting } },
  }, async (req) => setCommitteeSetting(ctx, req.principal, req.params.unitId, req.body));
}
