/** Queue settings per counter (Q-03 anti-starvation, recall limit, Q-06, Q-07): read, update (audited). */
import type { QueueSettings, UpdateQueueSettingsRequest } from "@ccms/contracts";
import { type QueueSettingsRow, queueSettingsRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { counterInScope, ensureCounterSetup, loadSettings, forgetCounterCaches, publishEvents, recordEvent, requireQueuePermission, settingsView } from "./queue-common.js";

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
