import { z } from "zod";
import { Role } from "./auth.js";
import { Id } from "./common.js";

export const CreateUserRequest = z.strictObject({
  username: z.string().trim().min(3).max(64).regex(/^[A-Za-z0-9_.-]+$/, "letters, digits, . _ - only"),
  password: z.string().min(1).max(256),
  displayName: z.string().trim().min(1).max(100),
  orgUnitId: Id,
  roles: z.array(Role).min(1).max(8),
  /**
   * K-08 creating an account with business roles directly is the administrator's attestation that the
   * person is already qualified; the basis is kept in the audit log (absent: recorded as "未说明").
   */
  qualificationBasis: z.strictObject({ kind: z.enum(["transfer", "earlier_exam", "other"]), note: z.string().trim().max(500).optional() }).optional(),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  roles: z.array(Role).min(1).max(8).optional(),
  active: z.boolean().optional(),
});

export const ResetPasswordRequest = z.strictObject({ newPassword: z.string().min(1).max(256) });

export const UserResponse = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  orgUnitId: Id,
  roles: z.array(z.string()),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type UserResponse = z.infer<typeof UserResponse>;
export const ListUsersQuery = z.strictObject({ orgUnitId: Id.optional() });
export const UserList = z.object({ items: z.array(UserResponse) });

export const PermissionTable = z.object({
  roles: z.array(z.string()),
  actions: z.array(z.string()),
  grants: z.array(z.object({ role: z.string(), action: z.string() })),
});
export const SetPermissionRequest = z.strictObject({
  role: Role,
  action: z.string().min(1).max(64),
  granted: z.boolean(),
  reason: z.string().trim().min(1).max(500),
});

export const CreateDeviceRequest = z.strictObject({
  orgUnitId: Id,
  kind: z.enum(["kiosk", "display", "ratingPad"]),
  name: z.string().trim().min(1).max(100),
});
export const DeviceResponse = z.object({
  id: Id,
  orgUnitId: Id,
  kind: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  token: z.string().optional(),
});
export const DeviceList = z.object({ items: z.array(DeviceResponse) });
/** PUT /permissions: whether the grant changed (granting an existing grant changes nothing). */
export const SetPermissionResponse = z.object({ changed: z.boolean() });
