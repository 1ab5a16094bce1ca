/**
 * Background sweeper: started when the server listens (never in tests, which use inject and call
 * `sweepCases` with the test clock). Every CCMS_CASE_SWEEP_SECONDS (default 60) seconds.
 */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../context.js";
import { sweepCases } from "./sweep-cases.js";

export function installCaseJobs(app: FastifyInstance, ctx: AppContext): void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const seconds = Number(process.env.CCMS_CASE_SWEEP_SECONDS ?? 60);
  app.addHook("onListen", async () => {
    if (!Number.isFinite(seconds) || seconds <= 0) return;
    timer = setInterval(() => {
      if (running) return;
      running = true;
      sweepCases(ctx)
        .catch((err: unknown) => app.log.error({ err }, "case sweep failed"))
        .finally(() => {
          running = false;
        });
    }, seconds * 1000);
    timer.unref();
  });
  app.addHook("onClose", async () => {
    if (timer) clearInterval(timer);
  });
}
