/**
 * Starts the outbox relay with the app: one pass when the app is ready (rows a crashed instance left
 * behind), then a pass every few seconds while the server listens (rows whose lease ran out elsewhere)
 * and an hourly clean-up of published rows. Stopped on close.
 */
import type { FastifyInstance } from "fastify";
import type { OutboxRelay } from "./outbox-relay.js";

export const RELAY_SWEEP_MS = 5_000;
const PURGE_EVERY = 720; // passes (≈ 1 hour)

export function installOutboxRelay(app: FastifyInstance, relay: OutboxRelay): void {
  let timer: NodeJS.Timeout | undefined;
  let passes = 0;
  app.addHook("onReady", async () => {
    await relay.drain();
  });
  app.addHook("onListen", async () => {
    timer = setInterval(() => {
      void relay.drain();
      if (++passes % PURGE_EVERY === 0) void relay.purge().catch((err: unknown) => app.log.error({ err }, "outbox purge failed"));
    }, RELAY_SWEEP_MS);
    timer.unref();
  });
  app.addHook("onClose", async () => {
    if (timer) clearInterval(timer);
    relay.stop();
  });
}
