import { CreateOrgUnitRequest, IdParams, ListOrgUnitsQuery, OrgUnitList, OrgUnitResponse, UpdateOrgUnitRequest } from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { createOrgUnit, getOrgUnit, listOrgUnits, updateOrgUnit } from "./org-units.js";

export function orgRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post("/api/v1/org-units", {
    schema: { tags: ["org"], summary: "Create a province, city or counter (ORG-01)", body: CreateOrgUnitRequest, response: { 201: OrgUnitResponse } },
  }, async (req, reply) => reply.status(201).send(await createOrgUnit(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/org-units/:id", { schema: { tags: ["org"], params: IdParams, response: { 200: OrgUnitResponse } } }, async (req) =>
    getOrgUnit(ctx, requireUser(req.principal), req.params.id),
  );
  r.patch("/api/v1/org-units/:id", { schema: { tags: ["org"], summary: "Rename, time zone, business hours (CAL-02), lunch duty (CAL-03)", params: IdParams, body: UpdateOrgUnitRequest, response: { 200: OrgUnitResponse } } }, async (req) =>
    updateOrgUnit(ctx, requireUser(req.principal), req.params.id, req.body),
  );
  r.get("/api/v1/org-units", {
    schema: { tags: ["org"], summary: "Children of parentId; without it the caller's own unit; subtree=true for all below", querystring: ListOrgUnitsQuery, response: { 200: OrgUnitList } },
  }, async (req) => ({ items: await listOrgUnits(ctx, requireUser(req.principal), req.query.parentId, req.query.subtree === "true") }));
}
