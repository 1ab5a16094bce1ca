/** The reminders published on each counter's channel by an interval job; a missed close (D-06) raised as a finding. */
import { controlFindingRepository, orgUnitRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../context.js";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { raiseFinding } from "../control/registers/findings/raise-finding.js";
import { computeReminders } from "./compute-reminders.js";

/** Publish the current reminders on each counter's channel. */
export async function sweepDailyOpsReminders(ctx: AppContext): Promise<number> {
  const ex = ctx.database.db;
  const counters = (await orgUnitRepository.listSubtree(ex, "/")).filter((u) => u.kind === "counter" && u.active).map((u) => u.id);
  const now = ctx.clock.now();
  const items = await computeReminders(ex, counters, now);
  for (const r of items) await ctx.bus.publish(`counter:${r.counterId}`, { type: "dailyops.reminder", data: r });
  // D-06 a missed close is raised as a finding too (once per counter and day), reported to the province.
  for (const r of items.filter((x) => x.kind === "daily_close_missing")) {
    const unit = await orgUnitRepository.findById(ex, r.counterId);
    const dedupeKey = `d06-close:${r.counterId}:${r.dueDate}`;
    if (!unit || (await controlFindingRepository.findByDedupeKey(ex, dedupeKey))) continue;
    await ctx.tx((tx) =>
      raiseFinding(ctx, tx, { id: null, name: "system" }, now, { kind: "daily_close_missing", orgUnitId: unit.id, orgUnitPath: unit.path, subjectUserIds: [], title: `营业日未日清日结（${r.dueDate}）`, details: { businessDate: r.dueDate }, dedupeKey }),
    );
  }
  return items.length;
}

/** Background reminders every CCMS_DAILY_OPS_REMINDER_SECONDS (default 3600; 0 = off). */
export function installDailyOpsJobs(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "daily-ops reminder sweep", ctx.config.dailyOpsReminderSeconds, () => sweepDailyOpsReminders(ctx));
}
