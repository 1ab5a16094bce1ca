/**
 * K-06 throttling with @fastify/rate-limit (in-process store, fixed one-minute windows; settings in
 * config, 0 = off): sign-in per client address and per username, device-token exchange per client
 * address, every request made with a device's credentials per device, and ticket issue per kiosk.
 * Past a limit: 429 `rate_limited` with Retry-After and the standard error body.
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { RateLimitConfig } from "../config.js";
import { errorBody } from "./errors.js";

const WINDOW_MS = 60_000;

type Limiter = ReturnType<FastifyInstance["createRateLimit"]>;

function usernameOf(req: FastifyRequest): string {
  const body = req.body as { username?: unknown } | undefined;
  return typeof body?.username === "string" ? body.username.trim().toLowerCase() : "";
}

export async function installRateLimits(app: FastifyInstance, limits: RateLimitConfig): Promise<void> {
  await app.register(rateLimit, { global: false });
  const make = (max: number, key: (req: FastifyRequest) => string): Limiter | null =>
    max > 0 ? app.createRateLimit({ max, timeWindow: WINDOW_MS, keyGenerator: key }) : null;
  const loginPerIp = make(limits.loginPerIp, (req) => `login-ip:${req.ip}`);
  const loginPerUsername = make(limits.loginPerUsername, (req) => `login-user:${usernameOf(req)}`);
  const deviceLoginPerIp = make(limits.loginPerIp, (req) => `device-login-ip:${req.ip}`);
  const perDevice = make(limits.devicePerDevice, (req) => `device:${req.principal?.kind === "device" ? req.principal.deviceId : ""}`);
  const kioskTickets = make(limits.kioskTicketsPerDevice, (req) => `kiosk-tickets:${req.principal?.kind === "device" ? req.principal.deviceId : ""}`);

  async function check(limiter: Limiter | null, req: FastifyRequest, reply: FastifyReply, what: string): Promise<boolean> {
    if (!limiter) return true;
    const r = await limiter(req);
    if (r.isAllowed || !r.isExceeded) return true;
    const retryAfter = Math.max(1, r.ttlInSeconds);
    await reply
      .code(429)
      .header("retry-after", String(retryAfter))
      .send(errorBody("rate_limited", `Too many requests (${what}); try again in ${retryAfter} s`, { retryAfter, limit: what }));
    return false;
  }

  // preHandler: the body is parsed (username) and the caller resolved (device principal).
  app.addHook("preHandler", async (req, reply) => {
    const url = req.routeOptions.url;
    if (!url?.startsWith("/api/")) return;
    if (req.method === "POST" && url === "/api/v1/auth/login") {
      if (!(await check(loginPerIp, req, reply, "login_per_client"))) return reply;
      if (usernameOf(req) && !(await check(loginPerUsername, req, reply, "login_per_username"))) return reply;
      return;
    }
    if (req.method === "POST" && url === "/api/v1/auth/device-login") {
      if (!(await check(deviceLoginPerIp, req, reply, "device_login_per_client"))) return reply;
      return;
    }
    if (req.principal?.kind === "device") {
      if (!(await check(perDevice, req, reply, "device"))) return reply;
      if (req.method === "POST" && url === "/api/v1/counters/:counterId/tickets" && !(await check(kioskTickets, req, reply, "kiosk_tickets"))) return reply;
    }
  });
}
