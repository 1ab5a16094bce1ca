/**
 * Customer devices (issue 10 items 1 and 9, issue 18): pairing by a short code, online status, staff
 * PIN, window binding and large-text mode. The token is never typed: a device fetches it with the
 * secret it got when it asked for its code.
 */
import { z } from "zod";
import { Id } from "./common.js";
import { DeviceResponse } from "./users.js";

export const DeviceKind = z.enum(["kiosk", "display", "ratingPad"]);
export type DeviceKind = z.infer<typeof DeviceKind>;

/** POST /devices/pairing-codes (public): the device shows `code` and keeps `pairingId` + `secret`. */
export const CreatePairingCodeResponse = z.object({
  pairingId: Id,
  /** 8 characters without look-alikes; shown as ABCD-2345. */
  code: z.string(),
  /** Needed to fetch the token (header x-pairing-secret); never shown. */
  secret: z.string(),
  expiresAt: z.string(),
});
export type CreatePairingCodeResponse = z.infer<typeof CreatePairingCodeResponse>;

export const PairingIdParams = z.strictObject({ pairingId: Id });
export const PairingState = z.enum(["pending", "claimed", "delivered", "expired"]);
export type PairingState = z.infer<typeof PairingState>;
/** GET /devices/pairing-codes/{pairingId}: `token` is present once, on the first fetch after the claim. */
export const PairingStatusResponse = z.object({
  status: PairingState,
  expiresAt: z.string(),
  token: z.string().optional(),
  device: z.object({ id: Id, orgUnitId: Id, kind: z.string(), name: z.string() }).optional(),
});
export type PairingStatusResponse = z.infer<typeof PairingStatusResponse>;

/** POST /devices/pairing-codes/claim: the manager enters the code shown on the device. */
export const ClaimPairingCodeRequest = z.strictObject({
  code: z.string().trim().min(4).max(20),
  orgUnitId: Id,
  kind: DeviceKind,
  name: z.string().trim().min(1).max(100),
  /** Rating pad: the window it stands at. */
  windowId: Id.nullable().optional(),
});
export type ClaimPairingCodeRequest = z.infer<typeof ClaimPairingCodeRequest>;

/** A device with its live state (devices page). */
export const DeviceStatusResponse = DeviceResponse.extend({
  windowId: Id.nullable(),
  largeText: z.boolean(),
  hasPin: z.boolean(),
  lastSeenAt: z.string().nullable(),
  /** Seen within the last DEVICE_ONLINE_SECONDS. */
  online: z.boolean(),
});
export type DeviceStatusResponse = z.infer<typeof DeviceStatusResponse>;
export const DeviceStatusList = z.object({ items: z.array(DeviceStatusResponse), onlineSeconds: z.number() });
export type DeviceStatusList = z.infer<typeof DeviceStatusList>;

export const DevicePin = z.string().regex(/^\d{4,8}$/, "4–8 digits");
export const SetDevicePinRequest = z.strictObject({ pin: DevicePin });
export type SetDevicePinRequest = z.infer<typeof SetDevicePinRequest>;
export const UpdateDeviceSettingsRequest = z.strictObject({
  largeText: z.boolean().optional(),
  windowId: Id.nullable().optional(),
});
export type UpdateDeviceSettingsRequest = z.infer<typeof UpdateDeviceSettingsRequest>;

/** GET /devices/self: what the device page needs about itself. */
export const DeviceSelfResponse = z.object({
  id: Id,
  orgUnitId: Id,
  kind: z.string(),
  name: z.string(),
  windowId: Id.nullable(),
  largeText: z.boolean(),
  hasPin: z.boolean(),
});
export type DeviceSelfResponse = z.infer<typeof DeviceSelfResponse>;

/** POST /devices/self/unlock: the staff PIN opens the device menu (sign-out, window, settings). */
export const DeviceUnlockRequest = z.strictObject({ pin: DevicePin });
export const DeviceUnlockResponse = z.object({ ok: z.literal(true) });
/** POST /devices/self/settings: staff change settings on the device (the PIN again, verified server-side). */
export const DeviceSelfSettingsRequest = z.strictObject({
  pin: DevicePin,
  largeText: z.boolean().optional(),
  windowId: Id.nullable().optional(),
});
export type DeviceSelfSettingsRequest = z.infer<typeof DeviceSelfSettingsRequest>;

/** POST /auth/device-login: a device exchanges its token for a cookie session. */
export const DeviceLoginRequest = z.strictObject({ token: z.string().min(1).max(200) });
export const DeviceLoginResponse = z.object({ token: z.string(), csrfToken: z.string(), device: DeviceResponse });
export type DeviceLoginResponse = z.infer<typeof DeviceLoginResponse>;
/** GET /auth/device-me: the signed-in device, its counter and CSRF token. */
export const DeviceMeResponse = z.object({
  device: z.object({ id: Id, kind: z.string(), name: z.string(), orgUnitId: Id }),
  csrfToken: z.string().nullable(),
});
export type DeviceMeResponse = z.infer<typeof DeviceMeResponse>;
