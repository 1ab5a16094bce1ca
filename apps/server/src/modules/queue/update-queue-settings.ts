/** Queue settings per counter (Q-03 anti-starvation, recall limit, Q-06, Q-07): read, update (audited). */
import type { QueueSettings, ServiceTargets, UpdateQueueSettingsRequest, UpdateServiceTargetsRequest } from "@ccms/contracts";
import { DomainError } from "@ccms/core";
import { type QueueSettingsRow, queueSettingsRepository, serviceTargetsRepository } from "@ccms/db";
import { loadServiceTargets } from "./monitor-counter.js";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { loadSettings, forgetCounterCaches } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { counterInScope } from "./queue-scope.js";
import { settingsView } from "./queue-views.js";
import { publishEvents, recordEvent } from "./record-queue-event.js";

export async function getQueueSettings(ctx: AppContext, p: Principal, counterId: string): Promise<QueueSettings> {
  const counter = await counterInScope(ctx.database.db, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  return loadSettings(ctx.database.db, counter.id);
}

export async function updateQueueSettings(ctx: AppContext, p: Principal, counterId: string, input: UpdateQueueSettingsRequest): Promise<QueueSettings> {
  requireQueuePermission(p, "queue.manage");
  const counter = await counterInScope(ctx.database.db, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const out = await ctx.tx(async (tx) => {
    await queueSettingsRepository.lockCounter(tx, ctx.database.engine, counter.id);
    const before = (await queueSettingsRepository.find(tx, counter.id))!;
    const patch: Partial<QueueSettingsRow> = { updated_at: at, updated_by: actorOf(p).id };
    if (input.normalWaitLimitMinutes !== undefined) patch.normal_wait_limit_minutes = input.normalWaitLimitMinutes;
    if (input.maxConsecutivePriorityCalls !== undefined) patch.max_consecutive_priority_calls = input.maxConsecutivePriorityCalls;
    if (input.recallLimit !== undefined) patch.recall_limit = input.recallLimit;
    if (input.handlingLimitMinutes !== undefined) patch.handling_limit_minutes = input.handlingLimitMinutes;
    if (input.waitTargetMinutes !== undefined) patch.wait_target_minutes = input.waitTargetMinutes;
    if (input.peakWaitLimitMinutes !== undefined) patch.peak_wait_limit_minutes = input.peakWaitLimitMinutes;
    if (input.alertLeadMinutes !== undefined) patch.alert_lead_minutes = input.alertLeadMinutes;
    await queueSettingsRepository.update(tx, counter.id, patch);
    const view = settingsView({ ...before, ...patch });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "queue.settingsUpdated",
      entityType: "queue_settings",
      entityId: counter.id,
      orgUnitId: counter.id,
      details: { before: settingsView(before), changes: input },
    });
    const ev = await recordEvent(tx, p, now, counter.id, "settings.updated", {});
    return { view, events: [ev] };
  });
  forgetCounterCaches(counter.id);
  await publishEvents(ctx, out.events);
  return out.view;
}

// ---------------------------------------------------------------- service targets

/** GET the counter's service targets (peak periods in force, wait and satisfaction targets, appointment minutes). */
export async function getServiceTargets(ctx: AppContext, p: Principal, counterId: string): Promise<ServiceTargets> {
  const counter = await counterInScope(ctx.database.db, p, counterId);
  return loadServiceTargets(ctx.database.db, counter, ctx.clock.now());
}

/** PUT the counter's service targets (queue.manage, audited). `peakPeriods: null` returns to the history default. */
export async function updateServiceTargets(ctx: AppContext, p: Principal, counterId: string, input: UpdateServiceTargetsRequest): Promise<ServiceTargets> {
  requireQueuePermission(p, "queue.manage");
  const counter = await counterInScope(ctx.database.db, p, counterId);
  const now = ctx.clock.now();
  const before = await loadServiceTargets(ctx.database.db, counter, now);
  for (const frames of Object.values(input.peakPeriods ?? {})) {
    for (const [a, b] of frames) if (a >= b) throw new DomainError("validation", "peak_period_reversed", "A peak period ends after it starts", { from: a, to: b });
  }
  await ctx.tx(async (tx) => {
    await serviceTargetsRepository.upsert(tx, {
      counter_id: counter.id,
      peak_periods: input.peakPeriods === undefined ? (before.peakPeriods ? JSON.stringify(before.peakPeriods) : null) : input.peakPeriods ? JSON.stringify(input.peakPeriods) : null,
      off_peak_wait_minutes: input.offPeakWaitMinutes ?? before.offPeakWaitMinutes,
      peak_wait_minutes: input.peakWaitMinutes ?? before.peakWaitMinutes,
      satisfaction_target_percent: input.satisfactionTargetPercent ?? before.satisfactionTargetPercent,
      appointment_early_minutes: input.appointmentEarlyMinutes ?? before.appointmentEarlyMinutes,
      appointment_grace_minutes: input.appointmentGraceMinutes ?? before.appointmentGraceMinutes,
      updated_at: now.toISOString(),
      updated_by: actorOf(p).id,
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "queue.serviceTargetsUpdated",
      entityType: "queue_settings",
      entityId: counter.id,
      orgUnitId: counter.id,
      details: { changes: input },
    });
  });
  return loadServiceTargets(ctx.database.db, counter, now);
}
