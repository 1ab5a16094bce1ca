/** K-07 routes of the post-permission table per province with acceptance (验收); routes only translate. */
import {
  DecideProvincePermissionsRequest,
  ProposeProvincePermissionsRequest,
  ProvincePermissionParams,
  ProvincePermissionTable,
  ProvincePermissionVersion,
  ProvincePermissionVersionParams,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { registerActions } from "../permissions.js";
import { decideProvincePermissions } from "./decide-province-permissions.js";
import { proposeProvincePermissions } from "./propose-province-permissions.js";
import { viewProvincePermissions } from "./view-province-permissions.js";

export function postPermissionRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(["permission.province.propose", "permission.province.accept"]);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["permissions"];
  r.get("/api/v1/permissions/provinces/:provinceId", {
    schema: { tags, summary: "A province's post-permission table: HQ defaults with its accepted overrides, and its versions (K-07)", params: ProvincePermissionParams, response: { 200: ProvincePermissionTable } },
  }, async (req) => viewProvincePermissions(ctx, req.principal, req.params.provinceId));
  r.post("/api/v1/permissions/provinces/:provinceId/versions", {
    schema: { tags, summary: "Propose a change of a province's post-permission table; in force only after acceptance by a second person (K-07)", params: ProvincePermissionParams, body: ProposeProvincePermissionsRequest, response: { 201: ProvincePermissionVersion } },
  }, async (req, reply) => reply.status(201).send(await proposeProvincePermissions(ctx, req.principal, req.params.provinceId, req.body)));
  r.post("/api/v1/permissions/provinces/:provinceId/versions/:versionId/decision", {
    schema: { tags, summary: "Accept (验收) or reject a proposed change; the proposer cannot decide their own (K-07)", params: ProvincePermissionVersionParams, body: DecideProvincePermissionsRequest, response: { 200: ProvincePermissionVersion } },
  }, async (req) => decideProvincePermissions(ctx, req.principal, req.params.provinceId, req.params.versionId, req.body));
}
