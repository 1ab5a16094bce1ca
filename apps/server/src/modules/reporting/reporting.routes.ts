/** Reporting routes (I-04; issue 16): KPI catalogue, dashboards with drill-down, periodic reports. Thin: parse → one use case. */
import { Dashboard, DashboardQuery, KpiCatalogueResponse } from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { listKpis } from "./list-kpis.js";
import { viewDashboard } from "./view-dashboard.js";

export function reportingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/api/v1/reporting/kpis", {
    schema: { tags: ["reporting"], summary: "The KPI catalogue: name, formula, unit, default target and rule of every indicator", response: { 200: KpiCatalogueResponse } },
  }, async (req) => {
    requireUser(req.principal);
    return listKpis();
  });
  r.get("/api/v1/reporting/dashboard", {
    schema: { tags: ["reporting"], summary: "A unit's indicators against targets and the previous period, by hour, complaints by cause, and the ranking of the level below (drill-down to window and teller)", querystring: DashboardQuery, response: { 200: Dashboard } },
  }, async (req) => viewDashboard(ctx, req.principal, req.query));
}
