/** Windows of a counter (ORG-02 counter operations zone): serve a set of types; VIP or green channel. */
import type { CreateWindowRequest, MyWindowsResponse, UpdateWindowRequest, WindowResponse } from "@ccms/contracts";
import { DomainError, localDateOf } from "@ccms/core";
import { type Executor, type WindowRow, businessTypeRepository, orgUnitRepository, ticketRepository, windowRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, requireUser } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { typeNames } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { counterInScope, windowInScope } from "./queue-scope.js";
import { windowView, windowsView } from "./queue-views.js";
import { publishEvents, recordEvent } from "./record-queue-event.js";

async function assertTypesExist(ex: Executor, counterId: string, codes: readonly string[]): Promise<string[]> {
  const known = new Set((await businessTypeRepository.list(ex, counterId)).map((t) => t.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw new DomainError("unprocessable", "unknown_business_type", `Unknown business type ${unknown.join(", ")}`, { businessTypes: unknown });
  return [...new Set(codes)];
}

export async function createWindow(ctx: AppContext, p: Principal, counterId: string, input: CreateWindowRequest): Promise<WindowResponse> {
  requireQueuePermission(p, "queue.manage");
  const counter = await counterInScope(ctx.database.db, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const out = await ctx.tx(async (tx) => {
    const types = await assertTypesExist(tx, counter.id, input.businessTypes);
    if (await windowRepository.findByNumber(tx, counter.id, input.number)) {
      throw new DomainError("conflict", "window_number_taken", `Window ${input.number} exists`, { number: input.number });
    }
    const row: WindowRow = {
      id: ulid(),
      counter_id: counter.id,
      number: input.number,
      name: input.name ?? null,
      business_types: JSON.stringify(types),
      vip: input.vip ? 1 : 0,
      green_channel: input.greenChannel ? 1 : 0,
      active: 1,
      teller_id: null,
      teller_name: null,
      signed_in_at: null,
      paused: 0,
      paused_reason: null,
      paused_at: null,
      consecutive_priority_calls: 0,
      created_at: at,
      updated_at: at,
    };
    await windowRepository.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "window.created",
      entityType: "window",
      entityId: row.id,
      orgUnitId: counter.id,
      details: { number: row.number, businessTypes: types, vip: !!input.vip, greenChannel: !!input.greenChannel },
    });
    const view = windowView(row, undefined, await typeNames(tx, counter.id));
    const ev = await recordEvent(tx, p, now, counter.id, "window.created", { window: view });
    return { view, events: [ev] };
  });
  await publishEvents(ctx, out.events);
  return out.view;
}

export async function updateWindow(ctx: AppContext, p: Principal, windowId: string, input: UpdateWindowRequest): Promise<WindowResponse> {
  requireQueuePermission(p, "queue.manage");
  const { counter } = await windowInScope(ctx.database.db, p, windowId);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const out = await ctx.tx(async (tx) => {
    const w = (await windowRepository.findById(tx, windowId))!;
    const patch: Partial<WindowRow> = { updated_at: at };
    if (input.businessTypes) patch.business_types = JSON.stringify(await assertTypesExist(tx, counter.id, input.businessTypes));
    if (input.vip !== undefined) patch.vip = input.vip ? 1 : 0;
    if (input.greenChannel !== undefined) patch.green_channel = input.greenChannel ? 1 : 0;
    if (input.name !== undefined) patch.name = input.name;
    if (input.active !== undefined) {
      if (!input.active && w.teller_id) throw new DomainError("conflict", "window_in_use", "Sign the teller out before taking the window out of use");
      patch.active = input.active ? 1 : 0;
    }
    await windowRepository.update(tx, windowId, patch);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "window.updated", entityType: "window", entityId: windowId, orgUnitId: counter.id, details: input });
    const row = { ...w, ...patch };
    const names = await typeNames(tx, counter.id);
    const view = windowView(row, await ticketRepository.currentAtWindow(tx, windowId), names);
    const ev = await recordEvent(tx, p, now, counter.id, "window.updated", { window: view });
    return { view, events: [ev] };
  });
  await publishEvents(ctx, out.events);
  return out.view;
}

export async function listWindows(ctx: AppContext, p: Principal, counterId: string): Promise<{ items: WindowResponse[] }> {
  const counter = await counterInScope(ctx.database.db, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  const ex = ctx.database.db;
  return { items: await windowsView(ex, counter.id, await typeNames(ex, counter.id)) };
}

/** The teller's current window and the windows of their counter (or of the counter they sit at). */
export async function myWindows(ctx: AppContext, p: Principal): Promise<MyWindowsResponse> {
  const u = requireUser(p);
  const ex = ctx.database.db;
  const mine = await windowRepository.findByTeller(ex, u.userId);
  const own = await orgUnitRepository.findById(ex, u.orgUnitId);
  const counterId = mine?.counter_id ?? (own?.kind === "counter" ? own.id : null);
  if (!counterId) return { current: null, windows: [], servedToday: 0 };
  await ensureCounterSetup(ctx, counterId);
  const windows = await windowsView(ex, counterId, await typeNames(ex, counterId));
  const counter = await orgUnitRepository.findById(ex, counterId);
  const today = localDateOf(ctx.clock.now(), counter?.timeZone ?? "Asia/Shanghai");
  const servedToday = await ticketRepository.countFinishedByTeller(ex, counterId, u.userId, today);
  return { current: windows.find((w) => w.tellerId === u.userId) ?? null, windows, servedToday };
}
