/**
 * Device pairing by a short code, device state and the device's own menu (issue 10 items 1 and 9,
 * issue 18). Thin: parse with the contract, call one use case. Also records device last-seen on
 * every request made with a device token or device session (throttled in touchDevice).
 */
import {
  ClaimPairingCodeRequest,
  CreatePairingCodeResponse,
  DeviceSelfResponse,
  DeviceSelfSettingsRequest,
  DeviceStatusResponse,
  DeviceUnlockRequest,
  DeviceUnlockResponse,
  ErrorBody,
  IdParams,
  PairingIdParams,
  PairingStatusResponse,
  SetDevicePinRequest,
  UpdateDeviceSettingsRequest,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { errorBody } from "../../http/errors.js";
import type { DevicePrincipal } from "../../http/principal.js";
import { requireUser } from "../../http/principal.js";
import { installCounterClockJob } from "../queue/counter-clock.js";
import {
  claimPairingCode,
  createPairingCode,
  deviceSelf,
  pairingStatus,
  setDevicePin,
  touchDevice,
  unlockDevice,
  updateDeviceSettings,
  updateSelfSettings,
} from "./devices.js";

function requireDevice(p: unknown): DevicePrincipal {
  const d = p as DevicePrincipal | null;
  if (!d || d.kind !== "device") throw new Error("unreachable: auth device");
  return d;
}

/** At most 10 pairing codes per client address in 10 minutes (the public endpoint cannot fill the table). */
export const PAIRING_CODES_PER_WINDOW = 10;
export const PAIRING_WINDOW_MS = 10 * 60_000;

export function deviceRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Last seen: any authenticated device request (queue views, events, ratings …).
  app.addHook("preHandler", async (req) => {
    if (req.principal?.kind === "device") await touchDevice(ctx, req.principal.deviceId);
  });
  installCounterClockJob(app, ctx);
  // The public code endpoint is throttled per client address with the app's rate-limit framework.
  const pairingLimiter = app.hasDecorator("createRateLimit")
    ? app.createRateLimit({ max: PAIRING_CODES_PER_WINDOW, timeWindow: PAIRING_WINDOW_MS, keyGenerator: (req) => `pairing-code-ip:${req.ip}` })
    : null;

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/devices/pairing-codes",
    {
      config: { auth: "public" },
      schema: { tags: ["devices"], summary: "A device without a token asks for a short pairing code (10 minutes, single use)", response: { 201: CreatePairingCodeResponse, 429: ErrorBody } },
    },
    async (req, reply) => {
      if (pairingLimiter) {
        const r = await pairingLimiter(req);
        if (!r.isAllowed && r.isExceeded) {
          const retryAfter = Math.max(1, r.ttlInSeconds);
          return reply
            .status(429)
            .header("retry-after", String(retryAfter))
            .send(errorBody("rate_limited", `Too many pairing codes from this address; try again in ${retryAfter} s`, { retryAfter, limit: "pairing_codes_per_client" }));
        }
      }
      return reply.status(201).send(await createPairingCode(ctx));
    },
  );
  r.get(
    "/api/v1/devices/pairing-codes/:pairingId",
    {
      config: { auth: "public" },
      schema: {
        tags: ["devices"],
        summary: "The device polls its pairing (header x-pairing-secret); the token comes once after the claim",
        params: PairingIdParams,
        response: { 200: PairingStatusResponse },
      },
    },
    async (req, reply) => {
      const h = req.headers["x-pairing-secret"];
      reply.header("cache-control", "no-store");
      return pairingStatus(ctx, req.params.pairingId, typeof h === "string" ? h : undefined);
    },
  );
  r.post(
    "/api/v1/devices/pairing-codes/claim",
    { schema: { tags: ["devices"], summary: "The manager enters the code shown on a device", body: ClaimPairingCodeRequest, response: { 201: DeviceStatusResponse } } },
    async (req, reply) => reply.status(201).send(await claimPairingCode(ctx, requireUser(req.principal), req.body)),
  );
  r.post(
    "/api/v1/devices/:id/pin",
    { schema: { tags: ["devices"], summary: "Set the staff PIN that opens the device menu", params: IdParams, body: SetDevicePinRequest, response: { 200: DeviceStatusResponse } } },
    async (req) => setDevicePin(ctx, requireUser(req.principal), req.params.id, req.body.pin),
  );
  r.patch(
    "/api/v1/devices/:id/settings",
    { schema: { tags: ["devices"], summary: "Large-text mode and window binding", params: IdParams, body: UpdateDeviceSettingsRequest, response: { 200: DeviceStatusResponse } } },
    async (req) => updateDeviceSettings(ctx, requireUser(req.principal), req.params.id, req.body),
  );
  r.get(
    "/api/v1/devices/self",
    { config: { auth: "device" }, schema: { tags: ["devices"], summary: "The signed-in device's settings", response: { 200: DeviceSelfResponse } } },
    async (req) => deviceSelf(ctx, requireDevice(req.principal)),
  );
  r.post(
    "/api/v1/devices/self/unlock",
    { config: { auth: "device" }, schema: { tags: ["devices"], summary: "The staff PIN opens the device menu", body: DeviceUnlockRequest, response: { 200: DeviceUnlockResponse } } },
    async (req) => unlockDevice(ctx, requireDevice(req.principal), req.body.pin),
  );
  r.post(
    "/api/v1/devices/self/settings",
    { config: { auth: "device" }, schema: { tags: ["devices"], summary: "Staff change the device's settings on the device (PIN)", body: DeviceSelfSettingsRequest, response: { 200: DeviceSelfResponse } } },
    async (req) => updateSelfSettings(ctx, requireDevice(req.principal), req.body),
  );
}
