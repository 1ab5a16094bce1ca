/**
 * Background jobs: started when the server listens (never in tests, which inject and call the job's
 * use case with the test clock); one run at a time; stopped on close. `seconds <= 0` disables.
 */
import type { FastifyInstance } from "fastify";

export function installIntervalJob(app: FastifyInstance, name: string, seconds: number, run: () => Promise<unknown>): void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  app.addHook("onListen", async () => {
    if (seconds <= 0) return;
    timer = setInterval(() => {
      if (running) return;
      running = true;
      run()
        .catch((err: unknown) => app.log.error({ err }, `${name} failed`))
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
