/** Device accounts (kiosk, display, rating pad): bound to one counter, long-lived revocable token. */
import { DomainError } from "@ccms/core";
import { type DeviceRow, deviceRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, assertPathInScope, notFound, requirePermission, unitInScope } from "../../http/principal.js";
import { appendAudit, sha256 } from "./audit.js";
import { createSession, newToken } from "./sessions.js";

const view = (d: DeviceRow) => ({ id: d.id, orgUnitId: d.org_unit_id, kind: d.kind, name: d.name, createdAt: d.created_at, revokedAt: d.revoked_at });

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
  return { items: (await deviceRepository.listInScope(ctx.database.db, p.scopePath)).map(view) };
}

export async function revokeDevice(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "device.manage");
  const ex = ctx.database.db;
  const d = await deviceRepository.findById(ex, id);
  if (!d) throw notFound("device", id);
  const unit = await unitInScope(ex, p, d.org_unit_id).catch(() => {
    throw notFound("device", id);
  });
  assertPathInScope(p, unit.path, "device", id);
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
