import { z } from "zod";
import { Id } from "./common.js";

export const Role = z.enum(["teller", "guide", "dutyManager", "counterManager", "branchAdmin", "hqAdmin", "auditor", "agent"]);
export type Role = z.infer<typeof Role>;

export const LoginRequest = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export const SessionUser = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  orgUnitId: Id,
  roles: z.array(z.string()),
});
export type SessionUser = z.infer<typeof SessionUser>;
export const LoginResponse = z.object({
  token: z.string(),
  csrfToken: z.string(),
  user: SessionUser,
  mustChangePassword: z.boolean(),
  passwordExpired: z.boolean(),
});
export type LoginResponse = z.infer<typeof LoginResponse>;

export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const MeResponse = z.object({
  user: SessionUser,
  mustChangePassword: z.boolean(),
  passwordExpired: z.boolean(),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
  orgUnit: z.object({ id: Id, name: z.string(), kind: z.string(), path: z.string() }),
});
export type MeResponse = z.infer<typeof MeResponse>;

/** GET /auth/sessions: the caller's own active sessions. */
export const SessionList = z.object({
  items: z.array(z.object({ id: z.string(), createdAt: z.string(), expiresAt: z.string(), current: z.boolean() })),
});
export type SessionList = z.infer<typeof SessionList>;
