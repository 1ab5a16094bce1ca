/** D-08 equipment register with a responsible person; faults reported, repaired through the maintainer, logged. */
import { type FaultStatus, DomainError, assertFaultTransition, isFaultOpen } from "@ccms/core";
import type { RegisterEquipmentRequest } from "@ccms/contracts";
import { type Executor, type RegisterRow, dailyOpsTables } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterIdsInScope, counterInScope, parseJson, userAtCounter, usersByIds } from "./ops-shared.js";

async function presentEquipment(ex: Executor, rows: Array<RegisterRow<"equipment">>) {
  const names = await usersByIds(ex, rows.map((r) => r.responsible_user_id));
  const faults = rows.length ? await dailyOpsTables.faults.list(ex, { counterIds: [...new Set(rows.map((r) => r.counter_id))] }) : [];
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    name: r.name,
    category: r.category,
    model: r.model,
    serialNo: r.serial_no,
    location: r.location,
    responsibleUserId: r.responsible_user_id,
    responsibleName: names.get(r.responsible_user_id)?.displayName ?? null,
    maintainer: r.maintainer,
    maintainerContact: r.maintainer_contact,
    active: r.active === 1,
    openFaults: faults.filter((f) => f.equipment_id === r.id && isFaultOpen(f.status as FaultStatus)).length,
    createdAt: r.created_at,
  }));
}

export async function registerEquipment(ctx: AppContext, p: UserPrincipal, body: RegisterEquipmentRequest) {
  requirePermission(p, "equipment.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  await userAtCounter(ex, p, body.responsibleUserId, counter);
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await dailyOpsTables.equipment.insert(tx, {
      id,
      counter_id: counter.id,
      name: body.name,
      category: body.category,
      model: body.model ?? null,
      serial_no: body.serialNo ?? null,
      location: body.location ?? null,
      responsible_user_id: body.responsibleUserId,
      maintainer: body.maintainer ?? null,
      maintainer_contact: body.maintainerContact ?? null,
      active: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "equipment.registered", entityType: "equipment", entityId: id, orgUnitId: counter.id, details: { name: body.name } });
  });
  return getEquipment(ctx, p, id);
}

export async function getEquipment(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await dailyOpsTables.equipment.findById(ex, id);
  if (!r) throw notFound("equipment", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("equipment", id);
  });
  return (await presentEquipment(ex, [r]))[0]!;
}

export async function updateEquipment(
  ctx: AppContext,
  p: UserPrincipal,
  id: string,
  body: { name?: string | undefined; category?: string | undefined; model?: string | undefined; serialNo?: string | undefined; location?: string | undefined; responsibleUserId?: string | undefined; maintainer?: string | undefined; maintainerContact?: string | undefined; active?: boolean | undefined },
) {
  requirePermission(p, "equipment.manage");
  const ex = ctx.database.db;
  const before = await getEquipment(ctx, p, id);
  const counter = await counterInScope(ex, p, before.counterId);
  if (body.responsibleUserId) await userAtCounter(ex, p, body.responsibleUserId, counter);
  const now = ctx.clock.now();
  const patch = {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.category !== undefined ? { category: body.category } : {}),
    ...(body.model !== undefined ? { model: body.model } : {}),
    ...(body.serialNo !== undefined ? { serial_no: body.serialNo } : {}),
    ...(body.location !== undefined ? { location: body.location } : {}),
    ...(body.responsibleUserId !== undefined ? { responsible_user_id: body.responsibleUserId } : {}),
    ...(body.maintainer !== undefined ? { maintainer: body.maintainer } : {}),
    ...(body.maintainerContact !== undefined ? { maintainer_contact: body.maintainerContact } : {}),
    ...(body.active !== undefined ? { active: body.active ? 1 : 0 } : {}),
    updated_at: now.toISOString(),
  };
  await ctx.tx(async (tx) => {
    await dailyOpsTables.equipment.update(tx, id, patch);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "equipment.updated", entityType: "equipment", entityId: id, orgUnitId: before.counterId, details: body });
  });
  return getEquipment(ctx, p, id);
}

export async function listEquipment(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const rows = await dailyOpsTables.equipment.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), orderBy: "name" });
  return { items: await presentEquipment(ex, rows) };
}

type FaultLog = Array<{ at: string; byId: string; status: FaultStatus; note?: string }>;

async function presentFaults(ex: Executor, rows: Array<RegisterRow<"equipment_faults">>) {
  const eq = new Map<string, string>();
  for (const r of rows) if (!eq.has(r.equipment_id)) eq.set(r.equipment_id, (await dailyOpsTables.equipment.findById(ex, r.equipment_id))?.name ?? "");
  return rows.map((r) => ({
    id: r.id,
    equipmentId: r.equipment_id,
    equipmentName: eq.get(r.equipment_id) ?? "",
    counterId: r.counter_id,
    description: r.description,
    status: r.status as FaultStatus,
    maintainer: r.maintainer,
    reportedById: r.reported_by,
    reportedAt: r.reported_at,
    repairedAt: r.repaired_at,
    log: parseJson<FaultLog>(r.log, []),
  }));
}

export async function reportFault(ctx: AppContext, p: UserPrincipal, equipmentId: string, body: { description: string; reportedAt?: string | undefined }) {
  requirePermission(p, "equipment.report");
  const eq = await getEquipment(ctx, p, equipmentId);
  if (!eq.active) throw new DomainError("conflict", "equipment_inactive", "The equipment is no longer in use");
  const now = ctx.clock.now();
  const at = body.reportedAt ? new Date(body.reportedAt).toISOString() : now.toISOString();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await dailyOpsTables.faults.insert(tx, {
      id,
      equipment_id: equipmentId,
      counter_id: eq.counterId,
      description: body.description,
      status: "reported",
      maintainer: eq.maintainer,
      reported_by: p.userId,
      reported_at: at,
      repaired_at: null,
      log: JSON.stringify([{ at, byId: p.userId, status: "reported", note: body.description }]),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "equipment.fault_reported", entityType: "equipment_fault", entityId: id, orgUnitId: eq.counterId, details: { equipmentId } });
  });
  return getFault(ctx, p, id);
}

export async function getFault(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await dailyOpsTables.faults.findById(ex, id);
  if (!r) throw notFound("equipment_fault", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("equipment_fault", id);
  });
  return (await presentFaults(ex, [r]))[0]!;
}

export async function updateFault(ctx: AppContext, p: UserPrincipal, id: string, body: { status: FaultStatus; maintainer?: string | undefined; note?: string | undefined }) {
  requirePermission(p, "equipment.manage");
  const f = await getFault(ctx, p, id);
  assertFaultTransition(f.status, body.status);
  const now = ctx.clock.now();
  const log: FaultLog = [...f.log, { at: now.toISOString(), byId: p.userId, status: body.status, ...(body.note ? { note: body.note } : {}) }];
  await ctx.tx(async (tx) => {
    const n = await dailyOpsTables.faults.updateWhere(tx, id, "status", f.status, {
      status: body.status,
      maintainer: body.maintainer ?? f.maintainer,
      repaired_at: body.status === "repaired" ? now.toISOString() : null,
      log: JSON.stringify(log),
    });
    if (n === 0) throw new DomainError("conflict", "fault_changed", "The fault changed meanwhile");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "equipment.fault_updated", entityType: "equipment_fault", entityId: id, orgUnitId: f.counterId, details: { from: f.status, to: body.status } });
  });
  return getFault(ctx, p, id);
}

export async function listFaults(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; equipmentId?: string | undefined; open?: string | undefined }) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  let rows = await dailyOpsTables.faults.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), eq: { equipment_id: q.equipmentId }, orderBy: "reported_at", desc: true, limit: 1000 });
  if (q.open === "true") rows = rows.filter((r) => isFaultOpen(r.status as FaultStatus));
  if (q.open === "false") rows = rows.filter((r) => !isFaultOpen(r.status as FaultStatus));
  return { items: await presentFaults(ex, rows) };
}
