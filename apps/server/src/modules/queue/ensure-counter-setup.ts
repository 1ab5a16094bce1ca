/** Q-01 default business types and settings for a counter, created on first use (idempotent). */
import { DEFAULT_BUSINESS_TYPES, DEFAULT_QUEUE_SETTINGS, type QueueSettingsValues } from "@ccms/core";
import { type Database, type QueueSettingsRow, businessTypeRepository, queueSettingsRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";

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
