import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { HealthResponse } from "@ccms/contracts";
import type { Database } from "@ccms/db";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, validatorCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import { type AppContext, type Clock, systemClock } from "./context.js";
import { installAuthentication } from "./http/authenticate.js";
import { installErrorHandling } from "./http/errors.js";
import { replySerializer } from "./http/reply-serializer.js";
import { installRateLimits } from "./http/rate-limits.js";
import { installSecurityHeaders } from "./http/security-headers.js";
import { createArgon2Hasher } from "./modules/control/password-hasher.js";
import { MODULE_ROUTES } from "./modules/index.js";
import { calendarHealth } from "./modules/calendar/calendar-health.js";
import { type EventBus, createMemoryBus } from "./realtime/bus.js";
import { installOutboxRelay } from "./realtime/install-outbox.js";
import { createOutboxBus, createTransactionRunner } from "./realtime/outbox-bus.js";
import { createOutboxRelay } from "./realtime/outbox-relay.js";
import { NOTIFICATION_SUBSCRIBERS } from "./realtime/notifications/notification-subscribers.js";
import { ledgerSubscriber } from "./modules/people/ledger/ledger-subscriber.js";
import { createJobLock } from "./jobs/job-lock.js";
import { useJobLock } from "./jobs/interval-job.js";

export interface BuildOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  bus?: EventBus;
  logger?: boolean;
  /** Check every reply against its route's response schema (test runs; issue 12 item 4). */
  validateResponses?: boolean;
}

/** CCMS_TRUST_PROXY=hops:N — trust the N nearest proxies. */
const trustHops = (n: number) => (_address: string, hop: number) => hop < n;

export async function buildApp(opts: BuildOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { config, database } = opts;
  const clock = opts.clock ?? systemClock;
  // Issue 12 item 5: events published inside ctx.tx go to the outbox and out after commit (realtime/).
  const bus = opts.bus ?? createMemoryBus();
  const relay = createOutboxRelay({ database, bus, clock, subscribers: [...NOTIFICATION_SUBSCRIBERS, ledgerSubscriber(database.engine)] });
  const ctx: AppContext = {
    config,
    database,
    clock,
    bus: createOutboxBus(bus, relay),
    hasher: createArgon2Hasher(config.argon2MemoryKib),
    tx: createTransactionRunner(database, relay),
  };
  const app = Fastify({
    logger: opts.logger === false ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    // K-09 the client address (audit, rate limits) comes from X-Forwarded-For only behind a configured proxy.
    trustProxy: typeof config.trustProxy === "number" ? trustHops(config.trustProxy) : config.trustProxy,
    ajv: undefined,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API; replies are serialised as they are (checked against them in tests).
  app.setSerializerCompiler(replySerializer(opts.validateResponses === true));
  const webDist = config.webDist && existsSync(join(config.webDist, "index.html")) ? config.webDist : undefined;
  installErrorHandling(app, { spaFallback: webDist !== undefined });
  // JSON only: any other content type is a clear 415.
  app.removeContentTypeParser(["text/plain"]);
  await app.register(cookie);
  await installSecurityHeaders(app, { https: config.secureCookies });
  await app.register(swagger, {
    openapi: {
      info: { title: "CCMS API 柜面综合管理系统", version: "1.0.0", description: "Errors: {\"error\":{\"code\",\"message\",\"details\"}}" },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } });
  installAuthentication(app, ctx);
  relay.onError((err, what) => app.log.error({ err }, `outbox: ${what} failed`));
  installOutboxRelay(app, relay);
  useJobLock(app, createJobLock(database));
  await installRateLimits(app, config.rateLimits);

  // CAL-06 the calendar part warns while the current or (from CCMS_CALENDAR_WARN_FROM) next year is provisional.
  app.get("/api/v1/health", { config: { auth: "public" }, schema: { tags: ["system"], response: { 200: HealthResponse } } }, async () => ({
    status: "ok" as const,
    db: database.engine,
    calendar: await calendarHealth(ctx),
  }));
  for (const register of MODULE_ROUTES) await register(app, ctx);

  if (webDist) {
    // Client-side routes fall back to the SPA (see installErrorHandling); unknown /api paths stay JSON 404s.
    await app.register(fastifyStatic, { root: webDist, prefix: "/", wildcard: false, index: ["index.html"] });
  }
  app.addHook("onClose", async () => {
    await ctx.bus.close();
  });
  return { app, ctx };
}
