/** C-07/C-03 background sweeper every CCMS_CASE_SWEEP_SECONDS (default 60; 0 = off). */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../context.js";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { sweepCases } from "./sweep-cases.js";

export function installCaseJobs(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "case sweep", ctx.config.caseSweepSeconds, () => sweepCases(ctx));
}
