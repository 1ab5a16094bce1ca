/** service targets and the live service status (issue 11 item 7), plus their interval job. */
import { QueueCounterParams, ServiceStatus, ServiceTargets, UpdateServiceTargetsRequest } from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { installServiceTargetJob, serviceStatus } from "./monitor-counter.js";
import { getServiceTargets, updateServiceTargets } from "./update-queue-settings.js";

export function serviceTargetRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["queue"];
  r.get("/api/v1/counters/:counterId/service-targets", { schema: { tags, params: QueueCounterParams, response: { 200: ServiceTargets } } }, async (req) => getServiceTargets(ctx, req.principal!, req.params.counterId));
  r.put("/api/v1/counters/:counterId/service-targets", { schema: { tags, params: QueueCounterParams, body: UpdateServiceTargetsRequest, response: { 200: ServiceTargets } } }, async (req) =>
    updateServiceTargets(ctx, req.principal!, req.params.counterId, req.body),
  );
  r.get("/api/v1/counters/:counterId/service-status", { schema: { tags, params: QueueCounterParams, response: { 200: ServiceStatus } } }, async (req) => serviceStatus(ctx, req.principal!, req.params.counterId));
  installServiceTargetJob(app, ctx);
}
