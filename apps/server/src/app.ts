import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { type Database, inTransaction } from "@ccms/db";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, validatorCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import { type AppContext, type Clock, systemClock } from "./context.js";
import { installAuthentication } from "./http/authenticate.js";
import { installErrorHandling } from "./http/errors.js";
import { createArgon2Hasher } from "./modules/control/password-hasher.js";
import { MODULE_ROUTES } from "./modules/index.js";
import { type EventBus, createMemoryBus } from "./realtime/bus.js";

export interface BuildOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  bus?: EventBus;
  logger?: boolean;
}

export async function buildApp(opts: BuildOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { config, database } = opts;
  const ctx: AppContext = {
    config,
    database,
    clock: opts.clock ?? systemClock,
    bus: opts.bus ?? createMemoryBus(),
    hasher: createArgon2Hasher(config.argon2MemoryKib),
    tx: (fn) => inTransaction(database, fn),
  };
  const app = Fastify({
    logger: opts.logger === false ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
    ajv: undefined,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API; replies are serialised as they are.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  const webDist = config.webDist && existsSync(join(config.webDist, "index.html")) ? config.webDist : undefined;
  installErrorHandling(app, { spaFallback: webDist !== undefined });
  // JSON only: any other content type is a clear 415.
  app.removeContentTypeParser(["text/plain"]);
  await app.register(cookie);
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

  app.get("/api/v1/health", { config: { auth: "public" }, schema: { tags: ["system"] } }, async () => ({ status: "ok", db: database.engine }));
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
