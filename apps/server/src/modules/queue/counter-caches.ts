/**
 * Hot-path caches per counter: the working calendar, the queue settings and the business-type names.
 * A few seconds at most, dropped at once by this process's own updates; another instance's change
 * applies within SMALL_CACHE_MS (CALENDAR_CACHE_MS for the calendar).
 */
import type { QueueSettings } from "@ccms/contracts";
import { DEFAULT_QUEUE_SETTINGS, type WorkingCalendar } from "@ccms/core";
import { type Database, type Executor, type OrgUnit, businessTypeRepository, queueSettingsRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { type TypeNames, settingsView } from "./queue-views.js";

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

export async function typeNames(ex: Executor, counterId: string): Promise<TypeNames> {
  const hit = namesCache.get(counterId);
  const t = performance.now();
  if (hit && t - hit.at < SMALL_CACHE_MS) return hit.value;
  const rows = await businessTypeRepository.list(ex, counterId);
  const value: TypeNames = new Map(rows.map((r) => [r.code, { nameZh: r.name_zh, nameEn: r.name_en }]));
  namesCache.set(counterId, { at: t, value });
  return value;
}
