/**
 * Device accounts (kiosk, display, rating pad): bound to one counter, long-lived revocable token.
 * Issue 10 item 9: pairing by a short code shown on the device (the token is never typed), online
 * status from throttled last-seen writes. Issue 18: device controls behind a staff PIN (argon2id,
 * verified here, lockout after repeated failures), window binding and large-text mode as device state.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { ClaimPairingCodeRequest, DeviceSelfResponse, DeviceStatusResponse, PairingStatusResponse } from "@ccms/contracts";
import { DomainError, generatePairingCode, isPairingCode, normalisePairingCode, pairingExpiresAt, pairingStateAt } from "@ccms/core";
import {
  type DeviceRow,
  type DeviceStateRow,
  type Executor,
  devicePairingRepository,
  deviceRepository,
  deviceStateRepository,
  deviceTokenRepository,
  windowRepository,
} from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type DevicePrincipal, type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit, sha256 } from "./audit.js";
import { createSession, newToken } from "./sessions.js";

/** A device seen within this many seconds is 在线 (pages re-check every minute). */
export const DEVICE_ONLINE_SECONDS = 180;
/** last_seen_at is written at most once a minute per device. */
export const LAST_SEEN_WRITE_MS = 60_000;
export const PIN_MAX_FAILURES = 5;
export const PIN_LOCK_MS = 5 * 60_000;

const view = (d: DeviceRow) => ({ id: d.id, orgUnitId: d.org_unit_id, kind: d.kind, name: d.name, createdAt: d.created_at, revokedAt: d.revoked_at });

function statusView(d: DeviceRow, s: DeviceStateRow | undefined, now: Date): DeviceStatusResponse {
  const lastSeenAt = s?.last_seen_at ?? null;
  return {
    ...view(d),
    windowId: s?.window_id ?? null,
    largeText: s?.large_text === 1,
    hasPin: !!s?.pin_hash,
    lastSeenAt,
    online: !d.revoked_at && lastSeenAt !== null && now.getTime() - Date.parse(lastSeenAt) < DEVICE_ONLINE_SECONDS * 1000,
  };
}

export async function createDevice(ctx: AppContext, p: UserPrincipal, input: { orgUnitId: string; kind: string; name: string }) {
  requirePermission(p, "device.manage");
  const unit = await unitInScope(ctx.database.db, p, input.orgUnitId);
  if (unit.kind !== "counter") throw new DomainError("unprocessable", "device_needs_counter", "A device is bound to a counter");
  const now = ctx.clock.now();
  const token = newToken("dev_");
  const row: DeviceRow = {
    id: ulid(),
    org_unit_id: unit.id,
    kind: input.kind,
    name: input.name,
    token_hash: sha256(token),
    created_by: p.userId,
    created_at: now.toISOString(),
    revoked_at: null,
  };
  await ctx.tx(async (tx) => {
    await deviceRepository.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "device.created",
      entityType: "device",
      entityId: row.id,
      orgUnitId: unit.id,
      details: { kind: row.kind, name: row.name },
    });
  });
  return { ...view(row), token };
}

export async function listDevices(ctx: AppContext, p: UserPrincipal) {
  requirePermission(p, "device.manage");
  const rows = await deviceRepository.listInScope(ctx.database.db, p.scopePath);
  const states = new Map((await deviceStateRepository.listFor(ctx.database.db, rows.map((d) => d.id))).map((s) => [s.device_id, s]));
  const now = ctx.clock.now();
  return { items: rows.map((d) => statusView(d, states.get(d.id), now)), onlineSeconds: DEVICE_ONLINE_SECONDS };
}

async function deviceInScope(ctx: AppContext, p: UserPrincipal, id: string): Promise<DeviceRow> {
  const ex = ctx.database.db;
  const d = await deviceRepository.findById(ex, id);
  if (!d) throw notFound("device", id);
  const unit = await unitInScope(ex, p, d.org_unit_id).catch(() => {
    throw notFound("device", id);
  });
  assertPathInScope(p, unit.path, "device", id);
  return d;
}

export async function revokeDevice(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "device.manage");
  const d = await deviceInScope(ctx, p, id);
  if (d.revoked_at) throw new DomainError("conflict", "device_already_revoked", "The device is already revoked");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    await deviceRepository.revoke(tx, id, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "device.revoked", entityType: "device", entityId: id, orgUnitId: d.org_unit_id });
  });
  return { ...view(d), revokedAt: now.toISOString() };
}

/** A device page exchanges its token for a cookie session (EventSource cannot send headers). */
export async function deviceLogin(ctx: AppContext, token: string) {
  const d = token.startsWith("dev_") ? await deviceRepository.findByTokenHash(ctx.database.db, sha256(token)) : undefined;
  if (!d || d.revoked_at) throw new DomainError("unauthorized", "invalid_token", "The device token is not valid");
  const now = ctx.clock.now();
  const s = await ctx.tx((tx) => createSession(tx, { deviceId: d.id }, now, 24 * 365));
  return { token: s.token, csrfToken: s.csrfToken, device: view(d) };
}

// ---------------------------------------------------------------- last seen (issue 10 item 9)

const lastWrite = new Map<string, number>();

/** Records that a device used its token; at most one write a minute per device (by the app clock). */
export async function touchDevice(ctx: AppContext, deviceId: string): Promise<void> {
  const now = ctx.clock.now();
  const prev = lastWrite.get(deviceId);
  if (prev !== undefined && now.getTime() - prev < LAST_SEEN_WRITE_MS && now.getTime() >= prev) return;
  lastWrite.set(deviceId, now.getTime());
  try {
    await ctx.tx((tx) => deviceStateRepository.touch(tx, deviceId, now.toISOString()));
  } catch {
    lastWrite.delete(deviceId); // try again on the next request
  }
}

/** Tests and a changed clock start afresh. */
export function forgetDeviceTouches(): void {
  lastWrite.clear();
}

// ---------------------------------------------------------------- pairing by code

const hashSecret = (s: string) => createHash("sha256").update(s).digest("hex");
/** Public: a device without a token asks for a code to show (valid 10 minutes). */
export async function createPairingCode(ctx: AppContext) {
  const now = ctx.clock.now();
  const secret = randomBytes(24).toString("base64url");
  const expiresAt = pairingExpiresAt(now);
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = {
      id: ulid(),
      code: generatePairingCode((n) => randomBytes(n)),
      secret_hash: hashSecret(secret),
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      claimed_at: null,
      claimed_by: null,
      device_id: null,
      delivered_at: null,
    };
    try {
      await ctx.tx(async (tx) => {
        await devicePairingRepository.deleteExpiredUnclaimed(tx, new Date(now.getTime() - 24 * 3_600_000).toISOString());
        await devicePairingRepository.insert(tx, row);
      });
      return { pairingId: row.id, code: row.code, secret, expiresAt: row.expires_at };
    } catch (e) {
      if (attempt === 4) throw e; // a code collision is retried with a new code
    }
  }
  throw new Error("unreachable");
}

function secretMatches(stored: string, given: string): boolean {
  const a = Buffer.from(stored, "hex");
  const b = Buffer.from(hashSecret(given), "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

const pairingState = (r: { expires_at: string; claimed_at: string | null; delivered_at: string | null }, now: Date) =>
  pairingStateAt(
    { expiresAt: new Date(r.expires_at), claimedAt: r.claimed_at ? new Date(r.claimed_at) : null, deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null },
    now,
  );

/** Public with the secret: the device polls; after the claim it receives its token exactly once. */
export async function pairingStatus(ctx: AppContext, pairingId: string, secret: string | undefined): Promise<PairingStatusResponse> {
  const ex = ctx.database.db;
  const row = await devicePairingRepository.findById(ex, pairingId);
  if (!row || !secret || !secretMatches(row.secret_hash, secret)) throw notFound("pairing", pairingId);
  const now = ctx.clock.now();
  const state = pairingState(row, now);
  if (state !== "claimed" || !row.device_id) return { status: state, expiresAt: row.expires_at };
  const device = await deviceRepository.findById(ex, row.device_id);
  if (!device || device.revoked_at) return { status: "expired", expiresAt: row.expires_at };
  const token = newToken("dev_");
  const delivered = await ctx.tx(async (tx) => {
    if (!(await devicePairingRepository.deliver(tx, row.id, now.toISOString()))) return false;
    await deviceTokenRepository.setTokenHash(tx, device.id, sha256(token));
    await appendAudit(tx, ctx.database.engine, { id: device.id, name: `device:${device.name}` }, now, {
      action: "device.tokenDelivered",
      entityType: "device",
      entityId: device.id,
      orgUnitId: device.org_unit_id,
      details: { pairingId: row.id },
    });
    return true;
  });
  if (!delivered) return { status: "delivered", expiresAt: row.expires_at };
  return { status: "claimed", expiresAt: row.expires_at, token, device: { id: device.id, orgUnitId: device.org_unit_id, kind: device.kind, name: device.name } };
}

async function windowOfCounter(ex: Executor, counterId: string, windowId: string | null | undefined): Promise<string | null> {
  if (!windowId) return null;
  const w = await windowRepository.findById(ex, windowId);
  if (!w || w.counter_id !== counterId) throw notFound("window", windowId);
  return w.id;
}

/** The manager enters the code shown on the device and chooses counter, kind, name (and window). */
export async function claimPairingCode(ctx: AppContext, p: UserPrincipal, input: ClaimPairingCodeRequest): Promise<DeviceStatusResponse> {
  requirePermission(p, "device.manage");
  const ex = ctx.database.db;
  const unit = await unitInScope(ex, p, input.orgUnitId);
  if (unit.kind !== "counter") throw new DomainError("unprocessable", "device_needs_counter", "A device is bound to a counter");
  const code = normalisePairingCode(input.code);
  if (!isPairingCode(code)) throw new DomainError("validation", "pairing_code_invalid", "A pairing code has 8 letters and digits", { code: input.code });
  const pairing = await devicePairingRepository.findByCode(ex, code);
  if (!pairing) throw new DomainError("not_found", "pairing_code_not_found", "No device shows this code");
  const now = ctx.clock.now();
  const state = pairingState(pairing, now);
  if (state === "expired") throw new DomainError("unprocessable", "pairing_code_expired", "The code has expired; the device shows a new one");
  if (state !== "pending") throw new DomainError("conflict", "pairing_code_used", "The code was already used");
  const windowId = await windowOfCounter(ex, unit.id, input.windowId);
  const row: DeviceRow = {
    id: ulid(),
    org_unit_id: unit.id,
    kind: input.kind,
    name: input.name,
    // Until the device fetches its token there is none that works: this hash has no known preimage.
    token_hash: sha256(newToken("unused_")),
    created_by: p.userId,
    created_at: now.toISOString(),
    revoked_at: null,
  };
  await ctx.tx(async (tx) => {
    await deviceRepository.insert(tx, row);
    if (!(await devicePairingRepository.claim(tx, pairing.id, p.userId, row.id, now.toISOString()))) {
      throw new DomainError("conflict", "pairing_code_used", "The code was already used");
    }
    await deviceStateRepository.update(tx, row.id, { window_id: windowId }, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "device.paired",
      entityType: "device",
      entityId: row.id,
      orgUnitId: unit.id,
      details: { kind: row.kind, name: row.name, pairingId: pairing.id, windowId },
    });
  });
  return statusView(row, await deviceStateRepository.find(ex, row.id), now);
}

// ---------------------------------------------------------------- PIN and settings (issue 18)

export async function setDevicePin(ctx: AppContext, p: UserPrincipal, id: string, pin: string): Promise<DeviceStatusResponse> {
  requirePermission(p, "device.manage");
  const d = await deviceInScope(ctx, p, id);
  const now = ctx.clock.now();
  const hash = await ctx.hasher.hash(pin);
  await ctx.tx(async (tx) => {
    await deviceStateRepository.update(tx, d.id, { pin_hash: hash, pin_failures: 0, pin_locked_until: null }, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "device.pinSet", entityType: "device", entityId: d.id, orgUnitId: d.org_unit_id });
  });
  return statusView(d, await deviceStateRepository.find(ctx.database.db, d.id), now);
}

export async function updateDeviceSettings(
  ctx: AppContext,
  p: UserPrincipal,
  id: string,
  input: { largeText?: boolean; windowId?: string | null },
): Promise<DeviceStatusResponse> {
  requirePermission(p, "device.manage");
  const d = await deviceInScope(ctx, p, id);
  return applySettings(ctx, d, actorOf(p), input);
}

async function applySettings(ctx: AppContext, d: DeviceRow, actor: { id: string | null; name: string | null }, input: { largeText?: boolean; windowId?: string | null }) {
  const now = ctx.clock.now();
  const set: { large_text?: number; window_id?: string | null } = {};
  if (input.largeText !== undefined) set.large_text = input.largeText ? 1 : 0;
  if (input.windowId !== undefined) set.window_id = await windowOfCounter(ctx.database.db, d.org_unit_id, input.windowId);
  await ctx.tx(async (tx) => {
    await deviceStateRepository.update(tx, d.id, set, now.toISOString());
    await appendAudit(tx, ctx.database.engine, actor, now, {
      action: "device.settingsChanged",
      entityType: "device",
      entityId: d.id,
      orgUnitId: d.org_unit_id,
      details: { largeText: input.largeText ?? null, windowId: input.windowId === undefined ? "unchanged" : set.window_id },
    });
  });
  return statusView(d, await deviceStateRepository.find(ctx.database.db, d.id), now);
}

export async function deviceSelf(ctx: AppContext, p: DevicePrincipal): Promise<DeviceSelfResponse> {
  const d = await deviceRepository.findById(ctx.database.db, p.deviceId);
  if (!d) throw notFound("device", p.deviceId);
  const s = await deviceStateRepository.find(ctx.database.db, d.id);
  return { id: d.id, orgUnitId: d.org_unit_id, kind: d.kind, name: d.name, windowId: s?.window_id ?? null, largeText: s?.large_text === 1, hasPin: !!s?.pin_hash };
}

/** The staff PIN, checked on the server; 5 wrong PINs lock the device menu for 5 minutes (audited). */
async function verifyPin(ctx: AppContext, d: DeviceRow, pin: string): Promise<void> {
  const ex = ctx.database.db;
  const s = await deviceStateRepository.find(ex, d.id);
  if (!s?.pin_hash) throw new DomainError("conflict", "device_pin_not_set", "No staff PIN is set for this device; set one on the devices page");
  const now = ctx.clock.now();
  if (s.pin_locked_until && s.pin_locked_until > now.toISOString()) {
    throw new DomainError("forbidden", "device_pin_locked", "Too many wrong PINs; try again later", { lockedUntil: s.pin_locked_until });
  }
  if (await ctx.hasher.verify(s.pin_hash, pin)) {
    if (s.pin_failures > 0 || s.pin_locked_until) await ctx.tx((tx) => deviceStateRepository.update(tx, d.id, { pin_failures: 0, pin_locked_until: null }, now.toISOString()));
    return;
  }
  const failures = s.pin_failures + 1;
  const locked = failures >= PIN_MAX_FAILURES;
  const lockedUntil = locked ? new Date(now.getTime() + PIN_LOCK_MS).toISOString() : null;
  await ctx.tx(async (tx) => {
    await deviceStateRepository.update(tx, d.id, { pin_failures: locked ? 0 : failures, pin_locked_until: lockedUntil }, now.toISOString());
    await appendAudit(tx, ctx.database.engine, { id: d.id, name: `device:${d.name}` }, now, {
      action: locked ? "device.pinLocked" : "device.pinFailed",
      entityType: "device",
      entityId: d.id,
      orgUnitId: d.org_unit_id,
      details: { failures },
    });
  });
  if (locked) throw new DomainError("forbidden", "device_pin_locked", "Too many wrong PINs; try again later", { lockedUntil });
  throw new DomainError("forbidden", "device_pin_wrong", "The PIN is not correct", { attemptsLeft: PIN_MAX_FAILURES - failures });
}

async function selfRow(ctx: AppContext, p: DevicePrincipal): Promise<DeviceRow> {
  const d = await deviceRepository.findById(ctx.database.db, p.deviceId);
  if (!d || d.revoked_at) throw new DomainError("unauthorized", "invalid_token", "The device token is not valid");
  return d;
}

export async function unlockDevice(ctx: AppContext, p: DevicePrincipal, pin: string): Promise<{ ok: true }> {
  const d = await selfRow(ctx, p);
  await verifyPin(ctx, d, pin);
  const now = ctx.clock.now();
  await ctx.tx((tx) =>
    appendAudit(tx, ctx.database.engine, { id: d.id, name: `device:${d.name}` }, now, { action: "device.menuOpened", entityType: "device", entityId: d.id, orgUnitId: d.org_unit_id }),
  );
  return { ok: true };
}

export async function updateSelfSettings(ctx: AppContext, p: DevicePrincipal, input: { pin: string; largeText?: boolean; windowId?: string | null }): Promise<DeviceSelfResponse> {
  const d = await selfRow(ctx, p);
  await verifyPin(ctx, d, input.pin);
  await applySettings(ctx, d, { id: d.id, name: `device:${d.name}` }, { largeText: input.largeText, windowId: input.windowId });
  return deviceSelf(ctx, p);
}
