import {
  ChangePasswordRequest,
  CreateDeviceRequest,
  DeviceLoginRequest,
  DeviceLoginResponse,
  DeviceMeResponse,
  CreateUserRequest,
  DeviceList,
  DeviceResponse,
  IdParams,
  ListUsersQuery,
  LoginRequest,
  LoginResponse,
  MeResponse,
  Ok,
  PermissionTable,
  ResetPasswordRequest,
  SessionList,
  SetPermissionRequest,
  SetPermissionResponse,
  UpdateUserRequest,
  UserList,
  UserResponse,
} from "@ccms/contracts";
import { orgUnitRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { SESSION_COOKIE } from "../../http/authenticate.js";
import { requireUser } from "../../http/principal.js";
import { changePassword } from "./change-password.js";
import { createDevice, deviceLogin, listDevices, revokeDevice } from "./devices.js";
import { login } from "./login.js";
import { logout } from "./logout.js";
import { listPermissions, setPermission } from "./permissions.js";
import { createUser, getUser, listSessions, listUsers, resetPassword, revokeUserSessions, unlockUser, updateUser } from "./users.js";

export function controlRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOpts = (maxAgeSec: number) => ({
    path: "/",
    httpOnly: true,
    sameSite: "strict" as const,
    secure: ctx.config.secureCookies,
    maxAge: maxAgeSec,
  });

  r.post("/api/v1/auth/login", {
    schema: { tags: ["auth"], summary: "Sign in (K-06)", body: LoginRequest, response: { 200: LoginResponse } },
    config: { auth: "public" },
  }, async (req, reply) => {
    const res = await login(ctx, req.body.username, req.body.password, req.ip);
    reply.setCookie(SESSION_COOKIE, res.token, cookieOpts(ctx.config.sessionTtlHours * 3600));
    return res;
  });

  r.post("/api/v1/auth/device-login", {
    schema: { tags: ["auth"], summary: "Exchange a device token for a cookie session", body: DeviceLoginRequest, response: { 200: DeviceLoginResponse } },
    config: { auth: "public" },
  }, async (req, reply) => {
    const res = await deviceLogin(ctx, req.body.token);
    reply.setCookie(SESSION_COOKIE, res.token, cookieOpts(365 * 24 * 3600));
    return res;
  });

  r.post("/api/v1/auth/change-password", {
    schema: { tags: ["auth"], summary: "Change own password (K-06)", body: ChangePasswordRequest, response: { 200: Ok } },
    config: { allowPendingPasswordChange: true },
  }, async (req) => changePassword(ctx, requireUser(req.principal), req.body.currentPassword, req.body.newPassword));

  r.post("/api/v1/auth/logout", {
    schema: { tags: ["auth"], summary: "Sign out (revokes the session)", response: { 200: Ok } },
    config: { auth: "any", allowPendingPasswordChange: true },
  }, async (req, reply) => {
    const res = await logout(ctx, req.principal!);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return res;
  });

  r.get("/api/v1/auth/me", {
    schema: { tags: ["auth"], summary: "The signed-in user, permissions and CSRF token", response: { 200: MeResponse } },
    config: { allowPendingPasswordChange: true },
  }, async (req) => {
    const p = requireUser(req.principal);
    const unit = (await orgUnitRepository.findById(ctx.database.db, p.orgUnitId))!;
    return {
      user: { id: p.userId, username: p.username, displayName: p.displayName, orgUnitId: p.orgUnitId, roles: p.roles },
      mustChangePassword: p.mustChangePassword,
      passwordExpired: p.passwordExpired,
      permissions: [...p.permissions].sort(),
      csrfToken: p.csrfToken,
      orgUnit: { id: unit.id, name: unit.name, kind: unit.kind, path: unit.path },
    };
  });

  r.get("/api/v1/auth/device-me", {
    schema: { tags: ["auth"], summary: "The signed-in device (kiosk, display, rating pad), its counter and CSRF token", response: { 200: DeviceMeResponse } },
    config: { auth: "device" },
  }, async (req) => {
    const p = req.principal!;
    if (p.kind !== "device") throw new Error("unreachable");
    return { device: { id: p.deviceId, kind: p.deviceKind, name: p.name, orgUnitId: p.orgUnitId }, csrfToken: p.csrfToken };
  });

  r.get("/api/v1/auth/sessions", { schema: { tags: ["auth"], summary: "Own active sessions", response: { 200: SessionList } } }, async (req) => listSessions(ctx, requireUser(req.principal)));

  r.post("/api/v1/users", {
    schema: { tags: ["users"], summary: "Create a user (must change password at first sign-in)", body: CreateUserRequest, response: { 201: UserResponse } },
  }, async (req, reply) => {
    const u = await createUser(ctx, requireUser(req.principal), req.body);
    return reply.status(201).send(u);
  });
  r.get("/api/v1/users", { schema: { tags: ["users"], querystring: ListUsersQuery, response: { 200: UserList } } }, async (req) =>
    listUsers(ctx, requireUser(req.principal), req.query.orgUnitId),
  );
  r.get("/api/v1/users/:id", { schema: { tags: ["users"], params: IdParams, response: { 200: UserResponse } } }, async (req) =>
    getUser(ctx, requireUser(req.principal), req.params.id),
  );
  r.patch("/api/v1/users/:id", { schema: { tags: ["users"], params: IdParams, body: UpdateUserRequest, response: { 200: UserResponse } } }, async (req) =>
    updateUser(ctx, requireUser(req.principal), req.params.id, req.body),
  );
  r.post("/api/v1/users/:id/reset-password", { schema: { tags: ["users"], summary: "Set a new password; the user must change it at next sign-in (sessions revoked)", params: IdParams, body: ResetPasswordRequest, response: { 200: Ok } } }, async (req) =>
    resetPassword(ctx, requireUser(req.principal), req.params.id, req.body.newPassword),
  );
  r.post("/api/v1/users/:id/unlock", { schema: { tags: ["users"], summary: "Unlock a locked account", params: IdParams, response: { 200: UserResponse } } }, async (req) => unlockUser(ctx, requireUser(req.principal), req.params.id));
  r.post("/api/v1/users/:id/revoke-sessions", { schema: { tags: ["users"], summary: "Sign the user out everywhere", params: IdParams, response: { 200: Ok } } }, async (req) =>
    revokeUserSessions(ctx, requireUser(req.principal), req.params.id),
  );

  r.get("/api/v1/permissions", { schema: { tags: ["permissions"], summary: "Post-permission table (K-07)", response: { 200: PermissionTable } } }, async (req) =>
    listPermissions(ctx, requireUser(req.principal)),
  );
  r.put("/api/v1/permissions", { schema: { tags: ["permissions"], summary: "Grant or revoke one action for a role (audited)", body: SetPermissionRequest, response: { 200: SetPermissionResponse } } }, async (req) =>
    setPermission(ctx, requireUser(req.principal), req.body),
  );

  r.post("/api/v1/devices", { schema: { tags: ["devices"], summary: "Create a device account; the token is shown once", body: CreateDeviceRequest, response: { 201: DeviceResponse } } }, async (req, reply) =>
    reply.status(201).send(await createDevice(ctx, requireUser(req.principal), req.body)),
  );
  r.get("/api/v1/devices", { schema: { tags: ["devices"], response: { 200: DeviceList } } }, async (req) => listDevices(ctx, requireUser(req.principal)));
  r.post("/api/v1/devices/:id/revoke", { schema: { tags: ["devices"], summary: "Revoke a device account (its sessions end)", params: IdParams, response: { 200: DeviceResponse } } }, async (req) => revokeDevice(ctx, requireUser(req.principal), req.params.id));

  // The audit log routes (list, options, export, verify) are in data-protection.routes.ts (K-09).
}
