/**
 * Resolve the caller from a bearer token (users, devices) or the session cookie (web), enforce CSRF on
 * cookie-authenticated writes, and route-level auth modes. Forced password change (K-06) narrows a
 * session to the change-password, me and logout routes.
 */
import { DomainError, isPasswordExpired } from "@ccms/core";
import { deviceRepository, orgUnitRepository, permissionRepository, sessionRepository, userRepository } from "@ccms/db";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../context.js";
import { sha256 } from "../modules/control/audit.js";
import type { Principal } from "./principal.js";

export const SESSION_COOKIE = "ccms_session";
export const CSRF_HEADER = "x-csrf-token";

export type AuthMode = "public" | "user" | "device" | "any";

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    auth?: AuthMode;
    /** Allowed while the user must still change the password. */
    allowPendingPasswordChange?: boolean;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function tokenOf(req: FastifyRequest): { token: string; viaCookie: boolean } | null {
  const h = req.headers.authorization;
  if (h) {
    const m = /^Bearer\s+(\S+)$/i.exec(h);
    if (!m) throw new DomainError("unauthorized", "invalid_authorization", "Use Authorization: Bearer <token>");
    return { token: m[1]!, viaCookie: false };
  }
  const c = req.cookies?.[SESSION_COOKIE];
  return c ? { token: c, viaCookie: true } : null;
}

/** Write last_seen_at at most once a minute per session (not on every request). */
const TOUCH_EVERY_MS = 60_000;

/**
 * K-06 idle timeout for staff sessions (CCMS_IDLE_TIMEOUT_MINUTES, 0 = off): a session unused for
 * longer ends (revoked, 401 session_expired with reason "idle"); device sessions are exempt.
 */
async function checkIdle(ctx: AppContext, session: { id: string; last_seen_at: string }, now: Date): Promise<void> {
  const idleMs = ctx.config.idleTimeoutMinutes * 60_000;
  const lastSeen = new Date(session.last_seen_at).getTime();
  if (idleMs > 0 && now.getTime() - lastSeen > idleMs) {
    await sessionRepository.revoke(ctx.database.db, session.id, now.toISOString());
    throw new DomainError("unauthorized", "session_expired", "The session ended after inactivity; sign in again", { reason: "idle", idleMinutes: ctx.config.idleTimeoutMinutes });
  }
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) await sessionRepository.touch(ctx.database.db, session.id, now.toISOString());
}

async function resolve(ctx: AppContext, token: string, viaCookie: boolean): Promise<Principal> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  if (token.startsWith("dev_")) {
    const device = await deviceRepository.findByTokenHash(ex, sha256(token));
    if (!device || device.revoked_at) throw new DomainError("unauthorized", "invalid_token", "The device token is not valid");
    const unit = await orgUnitRepository.findById(ex, device.org_unit_id);
    if (!unit) throw new DomainError("unauthorized", "invalid_token", "The device token is not valid");
    return { kind: "device", deviceId: device.id, deviceKind: device.kind, name: device.name, orgUnitId: unit.id, scopePath: unit.path, sessionId: null, csrfToken: null, viaCookie };
  }
  const session = await sessionRepository.findByTokenHash(ex, sha256(token));
  if (!session || session.revoked_at) throw new DomainError("unauthorized", "invalid_session", "The session is not valid; sign in again");
  if (session.expires_at <= now.toISOString()) throw new DomainError("unauthorized", "session_expired", "The session has expired; sign in again");
  if (!session.device_id) await checkIdle(ctx, session, now);
  if (session.device_id) {
    const device = await deviceRepository.findById(ex, session.device_id);
    const unit = device && !device.revoked_at ? await orgUnitRepository.findById(ex, device.org_unit_id) : undefined;
    if (!device || !unit) throw new DomainError("unauthorized", "invalid_session", "The device was revoked");
    return { kind: "device", deviceId: device.id, deviceKind: device.kind, name: device.name, orgUnitId: unit.id, scopePath: unit.path, sessionId: session.id, csrfToken: session.csrf_token, viaCookie };
  }
  const user = session.user_id ? await userRepository.findById(ex, session.user_id) : undefined;
  if (!user || !user.active) throw new DomainError("unauthorized", "invalid_session", "The account is not active");
  const unit = await orgUnitRepository.findById(ex, user.orgUnitId);
  if (!unit) throw new DomainError("unauthorized", "invalid_session", "The account's unit does not exist");
  const permissions = new Set(await permissionRepository.listForUser(ex, user.roles, unit.path));
  return {
    kind: "user",
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    roles: user.roles,
    permissions,
    scopePath: unit.path,
    sessionId: session.id,
    csrfToken: session.csrf_token,
    mustChangePassword: user.mustChangePassword,
    passwordExpired: isPasswordExpired(new Date(user.passwordChangedAt), now),
    viaCookie,
  };
}

export function installAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("principal", null);
  app.addHook("preValidation", async (req) => {
    const mode: AuthMode = req.routeOptions.config?.auth ?? "user";
    const url = req.routeOptions.url;
    if (!url || !url.startsWith("/api/") || url.startsWith("/api/docs")) return; // 404 handler, web app, API docs
    const t = tokenOf(req);
    if (!t) {
      if (mode === "public") return;
      throw new DomainError("unauthorized", "unauthenticated", "Sign in first");
    }
    let principal: Principal;
    try {
      principal = await resolve(ctx, t.token, t.viaCookie);
      principal.ip = req.ip;
    } catch (e) {
      if (mode === "public") return;
      throw e;
    }
    if (principal.viaCookie && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || sent !== principal.csrfToken) {
        throw new DomainError("forbidden", "csrf_failed", `Missing or wrong ${CSRF_HEADER} header`);
      }
    }
    if (mode === "user" && principal.kind !== "user") throw new DomainError("forbidden", "user_required", "This action needs a signed-in user");
    if (mode === "device" && principal.kind !== "device") throw new DomainError("forbidden", "device_required", "This action needs a device token");
    if (
      principal.kind === "user" &&
      (principal.mustChangePassword || principal.passwordExpired) &&
      !req.routeOptions.config?.allowPendingPasswordChange &&
      mode !== "public"
    ) {
      throw new DomainError("forbidden", "password_change_required", "Change the password before continuing");
    }
    req.principal = principal;
  });
}
