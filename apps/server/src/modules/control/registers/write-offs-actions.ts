/**
 * K-05 manual write-off list in duplicate (printable) when automatic write-off fails; corrective
 * actions (from inspections and findings): complete by the owner, verify by a manager.
 */
import { DomainError, localDateOf } from "@ccms/core";
import { type Executor, type RegisterRow, controlTables, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../../http/principal.js";
import { appendAudit } from "../audit.js";
import { businessDateOf, counterIdsInScope, counterInScope, parseJson, usersByIds } from "../../daily-ops/ops-shared.js";

type WriteOffLine = { itemId?: string; docType: string; serial: string; businessRef?: string; amountFen?: number; note?: string };

async function presentWriteOffs(ex: Executor, rows: Array<RegisterRow<"write_off_lists">>) {
  const names = await usersByIds(ex, rows.map((r) => r.prepared_by));
  const units = await orgUnitRepository.findByIds(ex, [...new Set(rows.map((r) => r.counter_id))]);
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    counterName: units.find((u) => u.id === r.counter_id)?.name ?? null,
    listNo: r.list_no,
    reason: r.reason,
    lines: parseJson<WriteOffLine[]>(r.lines, []),
    copies: 2 as const,
    copyLabels: ["第一联 柜面留存", "第二联 财务/单证管理"],
    preparedById: r.prepared_by,
    preparedByName: names.get(r.prepared_by)?.displayName ?? null,
    createdAt: r.created_at,
  }));
}

export async function createWriteOff(ctx: AppContext, p: UserPrincipal, body: { counterId: string; reason: string; lines: WriteOffLine[] }) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, body.counterId);
  const seen = new Set<string>();
  for (const l of body.lines) {
    const k = `${l.docType}|${l.serial}`;
    if (seen.has(k)) throw new DomainError("validation", "duplicate_write_off_line", "A serial is listed twice", { docType: l.docType, serial: l.serial });
    seen.add(k);
    if (l.itemId) {
      const it = await controlTables.items.findById(ex, l.itemId);
      if (!it || it.counter_id !== counter.id) throw notFound("control_item", l.itemId);
    }
  }
  const now = ctx.clock.now();
  const day = businessDateOf(counter, now).replaceAll("-", "");
  const id = ulid();
  await ctx.tx(async (tx) => {
    const sameDay = (await controlTables.writeOffs.list(tx, { counterIds: [counter.id] })).filter((w) => w.list_no.includes(`-${day}-`)).length;
    await controlTables.writeOffs.insert(tx, {
      id,
      counter_id: counter.id,
      list_no: `WO-${counter.code}-${day}-${String(sameDay + 1).padStart(3, "0")}`,
      reason: body.reason,
      lines: JSON.stringify(body.lines),
      prepared_by: p.userId,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "write_off.created", entityType: "write_off_list", entityId: id, orgUnitId: counter.id, details: { lines: body.lines.length } });
  });
  return getWriteOff(ctx, p, id);
}

export async function getWriteOff(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const r = await controlTables.writeOffs.findById(ex, id);
  if (!r) throw notFound("write_off", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("write_off", id);
  });
  return (await presentWriteOffs(ex, [r]))[0]!;
}

export async function listWriteOffs(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  return { items: await presentWriteOffs(ex, await controlTables.writeOffs.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), orderBy: "created_at", desc: true })) };
}

// ---------------------------------------------------------------- corrective actions

async function presentActions(ex: Executor, rows: Array<RegisterRow<"corrective_actions">>, now: Date) {
  const names = await usersByIds(ex, rows.map((r) => r.owner_id));
  const units = await orgUnitRepository.findByIds(ex, [...new Set(rows.map((r) => r.counter_id))]);
  return rows.map((r) => {
    const tz = units.find((u) => u.id === r.counter_id)?.timeZone ?? "Asia/Shanghai";
    return {
      id: r.id,
      counterId: r.counter_id,
      source: r.source as "inspection" | "finding" | "aml_self_inspection",
      sourceId: r.source_id,
      itemKey: r.item_key,
      description: r.description,
      ownerId: r.owner_id,
      ownerName: names.get(r.owner_id)?.displayName ?? null,
      dueDate: r.due_date,
      status: r.status as "open" | "done" | "verified",
      overdue: r.status === "open" && localDateOf(now, tz) > r.due_date,
      resolutionNote: r.resolution_note,
      photos: parseJson<string[]>(r.photos, []),
      doneAt: r.done_at,
      verifiedById: r.verified_by,
      createdAt: r.created_at,
    };
  });
}

export async function listCorrectiveActions(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: string | undefined; ownerId?: string | undefined; overdue?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlTables.correctiveActions.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), eq: { status: q.status, owner_id: q.ownerId }, orderBy: "due_date" });
  const items = await presentActions(ex, rows, ctx.clock.now());
  return { items: q.overdue === "true" ? items.filter((i) => i.overdue) : q.overdue === "false" ? items.filter((i) => !i.overdue) : items };
}

export async function getCorrectiveAction(ctx: AppContext, p: UserPrincipal, id: string) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const r = await controlTables.correctiveActions.findById(ex, id);
  if (!r) throw notFound("corrective_action", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("corrective_action", id);
  });
  return (await presentActions(ex, [r], ctx.clock.now()))[0]!;
}

export async function completeCorrectiveAction(ctx: AppContext, p: UserPrincipal, id: string, body: { note: string; photos?: string[] | undefined }) {
  const a = await getCorrectiveAction(ctx, p, id);
  if (a.ownerId !== p.userId) requirePermission(p, "dailyops.patrol");
  if (a.status !== "open") throw new DomainError("conflict", "corrective_action_not_open", "This action is not open");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await controlTables.correctiveActions.updateWhere(tx, id, "status", "open", { status: "done", resolution_note: body.note, photos: JSON.stringify(body.photos ?? []), done_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "corrective_action_not_open", "This action is not open");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "corrective_action.completed", entityType: "corrective_action", entityId: id, orgUnitId: a.counterId, details: { note: body.note } });
  });
  return getCorrectiveAction(ctx, p, id);
}

export async function verifyCorrectiveAction(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined }) {
  requirePermission(p, "dailyops.patrol");
  const a = await getCorrectiveAction(ctx, p, id);
  if (a.status !== "done") throw new DomainError("conflict", "corrective_action_not_done", "Only a completed action is verified");
  if (a.ownerId === p.userId) throw new DomainError("forbidden", "verify_own_action", "Another person verifies the correction");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const n = await controlTables.correctiveActions.updateWhere(tx, id, "status", "done", { status: "verified", verified_by: p.userId });
    if (n === 0) throw new DomainError("conflict", "corrective_action_not_done", "Only a completed action is verified");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "corrective_action.verified", entityType: "corrective_action", entityId: id, orgUnitId: a.counterId, details: { note: body.note ?? null } });
  });
  return getCorrectiveAction(ctx, p, id);
}
