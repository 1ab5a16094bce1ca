/**
 * Shared helpers of the queue module: counter/window/ticket lookup in scope (ORG-01: foreign ids are
 * 404), default setup of a counter (Q-01 business types, settings), response views, queue events
 * (persisted for Last-Event-ID resume, published through ctx.bus after commit).
 */
import type { QueueEvent, QueueEventType, QueueSettings, TicketResponse, WindowResponse, WindowState } from "@ccms/contracts";
import { DEFAULT_BUSINESS_TYPES, DEFAULT_QUEUE_SETTINGS, DomainError, type QueueSettingsValues, type Weekday, type WorkingCalendar, isInSubtree } from "@ccms/core";
import {
  type BusinessTypeRow,
  type Database,
  type Executor,
  type OrgUnit,
  type QueueSettingsRow,
  type TicketRow,
  type WindowRow,
  businessTypeRepository,
  queueEventRepository,
  queueSettingsRepository,
  ticketRepository,
  windowRepository,
} from "@ccms/db";
import { ulid } from "ulid";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { cachedUnit } from "../org/unit-cache.js";
import type { AppContext } from "../../context.js";
import { type Principal, notFound } from "../../http/principal.js";

export const QUEUE_ACTIONS = ["queue.issue", "queue.call", "queue.monitor", "queue.manage", "appointment.book", "appointment.approve"] as const;

export const channelOf = (counterId: string) => `queue:${counterId}`;

// ---------------------------------------------------------------- scope

/** A counter the principal may see: users by subtree, devices only their own counter. */
const findUnit = cachedUnit;

export async function counterInScope(ex: Executor, p: Principal, counterId: string): Promise<OrgUnit> {
  const unit = await findUnit(ex, counterId);
  if (!unit || unit.kind !== "counter") throw notFound("counter", counterId);
  if (p.kind === "device" ? p.orgUnitId !== unit.id : !isInSubtree(unit.path, p.scopePath)) throw notFound("counter", counterId);
  return unit;
}

export async function windowInScope(ex: Executor, p: Principal, windowId: string): Promise<{ window: WindowRow; counter: OrgUnit }> {
  const window = await windowRepository.findById(ex, windowId);
  if (!window) throw notFound("window", windowId);
  const counter = await counterInScope(ex, p, window.counter_id).catch(() => {
    throw notFound("window", windowId);
  });
  return { window, counter };
}

export async function ticketInScope(ex: Executor, p: Principal, ticketId: string): Promise<{ ticket: TicketRow; counter: OrgUnit }> {
  const ticket = await ticketRepository.findById(ex, ticketId);
  if (!ticket) throw notFound("ticket", ticketId);
  const counter = await counterInScope(ex, p, ticket.counter_id).catch(() => {
    throw notFound("ticket", ticketId);
  });
  return { ticket, counter };
}

/** Devices bound to the counter may read it (kiosk, display, rating pad). */
export function assertDeviceKind(p: Principal, kinds: readonly string[]): void {
  if (p.kind === "device" && !kinds.includes(p.deviceKind)) {
    throw new DomainError("forbidden", "device_not_allowed", `A ${p.deviceKind} device cannot do this`, { deviceKind: p.deviceKind });
  }
}

export function requireQueuePermission(p: Principal, action: string): void {
  if (p.kind === "device") throw new DomainError("forbidden", "user_required", "This action needs a signed-in user");
  if (!p.permissions.has(action)) throw new DomainError("forbidden", "permission_denied", `Missing permission ${action}`, { action });
}

export function principalId(p: Principal): string {
  return p.kind === "user" ? p.userId : p.deviceId;
}

// ---------------------------------------------------------------- calendar cache

const calendarCache = new WeakMap<Database, Map<string, { at: number; calendar: WorkingCalendar }>>();
/** Building a unit's calendar costs ~10 ms; ticket issue reuses it for a few seconds (overrides apply within CALENDAR_CACHE_MS). */
export const CALENDAR_CACHE_MS = 5_000;

export async function cachedCalendar(ctx: AppContext, unit: OrgUnit): Promise<WorkingCalendar> {
  let map = calendarCache.get(ctx.database);
  if (!map) calendarCache.set(ctx.database, (map = new Map()));
  const hit = map.get(unit.id);
  const t = performance.now();
  if (hit && t - hit.at < CALENDAR_CACHE_MS) return hit.calendar;
  const calendar = await calendarForUnit(ctx.database.db, unit);
  map.set(unit.id, { at: t, calendar });
  return calendar;
}

// ---------------------------------------------------------------- setup

const readyCounters = new WeakMap<Database, Set<string>>();

/** Q-01 default business types and settings for a counter, created on first use (idempotent). */
export async function ensureCounterSetup(ctx: AppContext, counterId: string): Promise<void> {
  let set = readyCounters.get(ctx.database);
  if (!set) readyCounters.set(ctx.database, (set = new Set()));
  if (set.has(counterId)) return;
  const at = ctx.clock.now().toISOString();
  await ctx.tx(async (tx) => {
    if (await queueSettingsRepository.find(tx, counterId)) return;
    await queueSettingsRepository.insertIfAbsent(tx, settingsRow(counterId, DEFAULT_QUEUE_SETTINGS, null, at));
    if ((await businessTypeRepository.count(tx, counterId)) === 0) {
      for (const t of DEFAULT_BUSINESS_TYPES) {
        await businessTypeRepository.insertIfAbsent(tx, {
          id: ulid(),
          counter_id: counterId,
          code: t.code,
          name_zh: t.nameZh,
          name_en: t.nameEn,
          prefix: t.prefix,
          active: 1,
          served_days: JSON.stringify(t.servedDays),
          sort_order: t.sortOrder,
          created_at: at,
          updated_at: at,
        });
      }
    }
  });
  set.add(counterId);
}

export function settingsRow(counterId: string, s: QueueSettingsValues, by: string | null, at: string): QueueSettingsRow {
  return {
    counter_id: counterId,
    normal_wait_limit_minutes: s.normalWaitLimitMinutes,
    max_consecutive_priority_calls: s.maxConsecutivePriorityCalls,
    recall_limit: s.recallLimit,
    handling_limit_minutes: s.handlingLimitMinutes,
    wait_target_minutes: s.waitTargetMinutes,
    peak_wait_limit_minutes: s.peakWaitLimitMinutes,
    alert_lead_minutes: s.alertLeadMinutes,
    updated_by: by,
    updated_at: at,
  };
}

export function settingsView(r: QueueSettingsRow): QueueSettings {
  return {
    counterId: r.counter_id,
    normalWaitLimitMinutes: r.normal_wait_limit_minutes,
    maxConsecutivePriorityCalls: r.max_consecutive_priority_calls,
    recallLimit: r.recall_limit,
    handlingLimitMinutes: r.handling_limit_minutes,
    waitTargetMinutes: r.wait_target_minutes,
    peakWaitLimitMinutes: r.peak_wait_limit_minutes,
    alertLeadMinutes: r.alert_lead_minutes,
    updatedAt: r.updated_at,
  };
}

/**
 * Hot-path caches (settings and type names per counter): a few seconds at most, dropped at once by
 * this process's own updates; another instance's change applies within SMALL_CACHE_MS.
 */
export const SMALL_CACHE_MS = 3_000;
const settingsCache = new Map<string, { at: number; value: QueueSettings }>();
const namesCache = new Map<string, { at: number; value: TypeNames }>();
export function forgetCounterCaches(counterId: string): void {
  settingsCache.delete(counterId);
  namesCache.delete(counterId);
}

export async function loadSettings(ex: Executor, counterId: string): Promise<QueueSettings> {
  const hit = settingsCache.get(counterId);
  const t = performance.now();
  if (hit && t - hit.at < SMALL_CACHE_MS) return hit.value;
  const r = await queueSettingsRepository.find(ex, counterId);
  if (!r) return { counterId, ...DEFAULT_QUEUE_SETTINGS, updatedAt: new Date(0).toISOString() };
  const value = settingsView(r);
  settingsCache.set(counterId, { at: t, value });
  return value;
}

// ---------------------------------------------------------------- views

export type TypeNames = Map<string, { nameZh: string; nameEn: string }>;

export async function typeNames(ex: Executor, counterId: string): Promise<TypeNames> {
  const hit = namesCache.get(counterId);
  const t = performance.now();
  if (hit && t - hit.at < SMALL_CACHE_MS) return hit.value;
  const rows = await businessTypeRepository.list(ex, counterId);
  const value: TypeNames = new Map(rows.map((r) => [r.code, { nameZh: r.name_zh, nameEn: r.name_en }]));
  namesCache.set(counterId, { at: t, value });
  return value;
}

export function businessTypeView(r: BusinessTypeRow) {
  return {
    id: r.id,
    counterId: r.counter_id,
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    prefix: r.prefix,
    active: r.active === 1,
    servedDays: JSON.parse(r.served_days) as Weekday[],
    sortOrder: r.sort_order,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function ticketView(r: TicketRow, names: TypeNames): TicketResponse {
  const n = names.get(r.business_type);
  return {
    id: r.id,
    counterId: r.counter_id,
    number: r.number,
    businessType: r.business_type,
    businessTypeNameZh: n?.nameZh ?? r.business_type,
    businessTypeNameEn: n?.nameEn ?? r.business_type,
    priority: r.priority as TicketResponse["priority"],
    status: r.status as TicketResponse["status"],
    businessDate: r.business_date,
    issuedAt: r.issued_at,
    originalIssuedAt: r.original_issued_at,
    windowId: r.window_id,
    windowNumber: r.window_number,
    targetWindowId: r.target_window_id,
    calledAt: r.called_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    recallCount: r.recall_count,
    outcome: r.outcome as TicketResponse["outcome"],
    missingDocuments: JSON.parse(r.missing_documents) as string[],
    appointmentId: r.appointment_id,
    transferredFromId: r.transferred_from_id,
    transferredToId: r.transferred_to_id,
    rating: r.rating_score === null ? null : { score: r.rating_score, comment: r.rating_comment, createdAt: r.rated_at ?? r.updated_at },
  };
}

export function windowState(w: WindowRow, current: TicketRow | undefined): WindowState {
  if (!w.teller_id) return "offline";
  if (current?.status === "serving") return "serving";
  if (current?.status === "called") return "called";
  if (w.paused) return "paused";
  return "idle";
}

export function windowView(w: WindowRow, current: TicketRow | undefined, names: TypeNames): WindowResponse {
  return {
    id: w.id,
    counterId: w.counter_id,
    number: w.number,
    name: w.name,
    businessTypes: JSON.parse(w.business_types) as string[],
    vip: w.vip === 1,
    greenChannel: w.green_channel === 1,
    active: w.active === 1,
    state: windowState(w, current),
    tellerId: w.teller_id,
    tellerName: w.teller_name,
    signedInAt: w.signed_in_at,
    pausedReason: w.paused ? w.paused_reason : null,
    pausedAt: w.paused ? w.paused_at : null,
    currentTicket: current ? ticketView(current, names) : null,
    consecutivePriorityCalls: w.consecutive_priority_calls,
  };
}

export async function windowsView(ex: Executor, counterId: string, names: TypeNames): Promise<WindowResponse[]> {
  const [windows, atWindows] = await Promise.all([windowRepository.list(ex, counterId), ticketRepository.listAtWindows(ex, counterId)]);
  const byWindow = new Map(atWindows.filter((t) => t.window_id).map((t) => [t.window_id!, t]));
  return windows.map((w) => windowView(w, byWindow.get(w.id), names));
}

// ---------------------------------------------------------------- events

export interface PendingEvent {
  counterId: string;
  event: QueueEvent;
}

/** Persist a queue event in the use case's transaction; publish it with publishEvents after commit. */
export async function recordEvent(
  tx: Executor,
  p: Principal | null,
  at: Date,
  counterId: string,
  type: QueueEventType,
  input: { ticket?: TicketResponse | null; window?: WindowResponse | null; message?: string | null },
): Promise<PendingEvent> {
  let window: QueueEvent["window"] = null;
  if (input.window) {
    const { currentTicket: _c, ...rest } = input.window;
    window = rest;
  }
  const body = {
    type,
    counterId,
    at: at.toISOString(),
    ticket: input.ticket ?? null,
    window,
    message: input.message ?? null,
  };
  // The waiting count after the event is computed by the insert itself (one statement, not two).
  const json = JSON.stringify(body);
  const prefix = `${json.slice(0, -1)},"waitingCount":`;
  const stored = await queueEventRepository.insertWithWaitingCount(
    tx,
    {
      counter_id: counterId,
      type,
      ticket_id: input.ticket?.id ?? null,
      window_id: input.window?.id ?? input.ticket?.windowId ?? null,
      actor_id: p ? principalId(p) : null,
      at: body.at,
    },
    prefix,
    "}",
  );
  const waitingCount = Number(stored.data.slice(prefix.length, -1));
  return { counterId, event: { id: String(stored.id), ...body, waitingCount } };
}

export async function publishEvents(ctx: AppContext, events: readonly PendingEvent[]): Promise<void> {
  for (const e of events) {
    try {
      await ctx.bus.publish(channelOf(e.counterId), { id: e.event.id, type: e.event.type, data: e.event });
    } catch {
      // the events are persisted: a display catches up with Last-Event-ID
    }
  }
}

export function localWindowState(w: WindowRow): { staffed: boolean; paused: boolean; vip: boolean; active: boolean } {
  return { staffed: !!w.teller_id, paused: w.paused === 1, vip: w.vip === 1, active: w.active === 1 };
}
