/**
 * Live monitor (Q-06, Q-07, ORG-03): waiting per type, longest wait, projected wait, windows with
 * state, alerts when a wait or a service passes its limit or is about to, the VIP-window finding.
 */
import type { QueueMonitorResponse, ServiceStatus } from "@ccms/contracts";
import {
  DEFAULT_APPOINTMENT_EARLY_MINUTES,
  DEFAULT_APPOINTMENT_GRACE_MINUTES,
  OFF_PEAK_WAIT_TARGET_MINUTES,
  PEAK_WAIT_TARGET_MINUTES,
  type PeakPeriods,
  SATISFACTION_TARGET_PERCENT,
  type Weekday,
  addDays,
  computeQueueStats,
  defaultPeakPeriods,
  evaluateSatisfaction,
  evaluateWaitTarget,
  isCounterOpenAt,
  localDateOf,
  localTimeOf,
  monitorAlerts,
  projectedWaitSeconds,
  vipWindowFinding,
  weekdayOf,
} from "@ccms/core";
import { type Executor, type OrgUnit, businessTypeRepository, orgUnitRepository, serviceAlertRepository, serviceTargetsRepository, ticketRepository, windowRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import { ulid } from "ulid";
import { installIntervalJob } from "../../jobs/interval-job.js";
import { raiseFinding } from "../control/registers/findings/raise-finding.js";
import { lunchDutyOf } from "../daily-ops/lunch-duty-of.js";
import type { AppContext } from "../../context.js";
import type { Principal } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { loadSettings, typeNames } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { counterInScope } from "./queue-scope.js";
import { localWindowState, windowView } from "./queue-views.js";
import { publishEvents, recordEvent } from "./record-queue-event.js";

const secondsSince = (iso: string, now: Date) => Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 1000));

export async function monitorCounter(ctx: AppContext, p: Principal, counterId: string): Promise<QueueMonitorResponse> {
  requireQueuePermission(p, "queue.monitor");
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  const today = localDateOf(now, counter.timeZone);
  const [settings, types, windows, todays, names, served, calendar] = await Promise.all([
    loadSettings(ex, counter.id),
    businessTypeRepository.list(ex, counter.id),
    windowRepository.list(ex, counter.id),
    ticketRepository.listInRange(ex, { counterId: counter.id, from: today, to: today }),
    typeNames(ex, counter.id),
    ticketRepository.servedCountsByWindow(ex, counter.id, today),
    calendarForUnit(ex, counter),
  ]);
  const waiting = todays.filter((t) => t.status === "waiting");
  const atWindow = new Map(todays.filter((t) => (t.status === "called" || t.status === "serving") && t.window_id).map((t) => [t.window_id!, t]));
  const stats = computeQueueStats(
    todays.map((t) => ({ status: t.status, originalIssuedAt: t.original_issued_at, calledAt: t.called_at, startedAt: t.started_at, finishedAt: t.finished_at, transferredFromId: t.transferred_from_id, rating: t.rating_score })),
    settings,
  );
  // Q-07 today's average counts the customers still waiting at their current wait.
  const allWaits = [
    ...todays.filter((t) => t.called_at).map((t) => secondsSince(t.original_issued_at, new Date(t.called_at!))),
    ...waiting.map((t) => secondsSince(t.original_issued_at, now)),
  ];
  const todayAvg = allWaits.length ? Math.round(allWaits.reduce((s, x) => s + x, 0) / allWaits.length) : null;
  const avgService = stats.avgServiceSeconds ?? Math.round((settings.handlingLimitMinutes * 60) / 2);
  const openWindows = windows.filter((w) => w.active === 1 && w.teller_id && w.paused === 0);
  const byType = types
    .filter((t) => t.active === 1)
    .map((t) => {
      const list = waiting.filter((x) => x.business_type === t.code);
      const serving = openWindows.filter((w) => (JSON.parse(w.business_types) as string[]).includes(t.code)).length;
      return {
        businessType: t.code,
        nameZh: t.name_zh,
        nameEn: t.name_en,
        waiting: list.length,
        longestWaitSeconds: list.reduce((m, x) => Math.max(m, secondsSince(x.original_issued_at, now)), 0),
        projectedWaitSeconds: projectedWaitSeconds(list.length, avgService, serving),
        openWindows: serving,
      };
    });
  const finding = vipWindowFinding(windows.map(localWindowState)); // ORG-03
  const alerts = monitorAlerts({
    now,
    settings,
    waiting: waiting.map((t) => ({ id: t.id, number: t.number, originalIssuedAt: t.original_issued_at })),
    serving: [...atWindow.values()]
      .filter((t) => t.status === "serving" && t.started_at)
      .map((t) => ({ id: t.id, number: t.number, startedAt: t.started_at!, windowId: t.window_id!, windowNumber: t.window_number ?? 0 })),
    averageWaitSeconds: todayAvg,
    finding,
  });
  const servedBy = new Map(served.map((s) => [s.window_id, s.n]));
  let open = false;
  try {
    open = isCounterOpenAt(now, counter, calendar);
  } catch {
    open = false;
  }
  return {
    counterId: counter.id,
    at: now.toISOString(),
    open,
    waiting: waiting.length,
    longestWaitSeconds: waiting.reduce((m, x) => Math.max(m, secondsSince(x.original_issued_at, now)), 0),
    todayAvgWaitSeconds: todayAvg,
    tellersOnDuty: windows.filter((w) => w.active === 1 && w.teller_id).length,
    byType,
    windows: windows.map((w) => {
      const cur = atWindow.get(w.id);
      return {
        ...windowView(w, cur, names),
        currentSeconds: cur ? secondsSince(cur.started_at ?? cur.called_at ?? cur.issued_at, now) : null,
        servedToday: servedBy.get(w.id) ?? 0,
      };
    }),
    alerts,
    settings,
  };
}

// ---------------------------------------------------------------- Q-07 / Q-09 / CAL-03 service targets

/**
 * Q-07 peak periods in force: the counter's setting, or by default its own busiest hours over the
 * last 4 weeks (average tickets per weekday and hour, local time).
 */
export async function effectivePeakPeriods(ex: Executor, counter: OrgUnit, today: string, setting: PeakPeriods | null): Promise<{ periods: PeakPeriods; source: "setting" | "history" }> {
  if (setting) return { periods: setting, source: "setting" };
  const history = await ticketRepository.listInRange(ex, { counterId: counter.id, from: addDays(today, -28), to: addDays(today, -1) });
  const arrivals: Partial<Record<Weekday, number[]>> = {};
  for (const t of history) {
    const at = new Date(t.original_issued_at);
    const wd = weekdayOf(localDateOf(at, counter.timeZone));
    const h = Number(localTimeOf(at, counter.timeZone).slice(0, 2));
    (arrivals[wd] ??= Array.from({ length: 24 }, () => 0))[h]! += 1 / 4;
  }
  return { periods: defaultPeakPeriods(arrivals), source: "history" };
}

export async function loadServiceTargets(ex: Executor, counter: OrgUnit, now: Date) {
  const row = await serviceTargetsRepository.find(ex, counter.id);
  const setting = row?.peak_periods ? (JSON.parse(row.peak_periods) as PeakPeriods) : null;
  const eff = await effectivePeakPeriods(ex, counter, localDateOf(now, counter.timeZone), setting);
  return {
    counterId: counter.id,
    peakPeriods: setting,
    effectivePeakPeriods: eff.periods,
    peakSource: eff.source,
    offPeakWaitMinutes: row?.off_peak_wait_minutes ?? OFF_PEAK_WAIT_TARGET_MINUTES,
    peakWaitMinutes: row?.peak_wait_minutes ?? PEAK_WAIT_TARGET_MINUTES,
    satisfactionTargetPercent: row?.satisfaction_target_percent ?? SATISFACTION_TARGET_PERCENT,
    appointmentEarlyMinutes: row?.appointment_early_minutes ?? DEFAULT_APPOINTMENT_EARLY_MINUTES,
    appointmentGraceMinutes: row?.appointment_grace_minutes ?? DEFAULT_APPOINTMENT_GRACE_MINUTES,
  };
}

/**
 * Q-07 today's average wait of the period the counter is in (peak ≤ 30 min, off-peak ≤ 15 min),
 * Q-09 today's satisfaction against the target (90%), CAL-03 lunch duty; with the alerts they raise.
 */
export async function computeServiceStatus(ex: Executor, counter: OrgUnit, now: Date): Promise<ServiceStatus> {
  const today = localDateOf(now, counter.timeZone);
  const [targets, settings, todays] = await Promise.all([loadServiceTargets(ex, counter, now), loadSettings(ex, counter.id), ticketRepository.listInRange(ex, { counterId: counter.id, from: today, to: today })]);
  const samples = todays
    .filter((t) => t.called_at || t.status === "waiting")
    .map((t) => ({ issuedAt: localTimeOf(new Date(t.original_issued_at), counter.timeZone), waitSeconds: secondsSince(t.original_issued_at, t.called_at ? new Date(t.called_at) : now) }));
  const wait = evaluateWaitTarget({
    weekday: weekdayOf(today),
    nowLocal: localTimeOf(now, counter.timeZone),
    periods: targets.effectivePeakPeriods,
    samples,
    offPeakTargetMinutes: targets.offPeakWaitMinutes,
    peakTargetMinutes: targets.peakWaitMinutes,
    leadMinutes: settings.alertLeadMinutes,
  });
  const sat = evaluateSatisfaction(todays.filter((t) => t.rating_score !== null).map((t) => t.rating_score!), targets.satisfactionTargetPercent);
  const lunch = await lunchDutyOf(ex, counter, today, now);
  const alerts: ServiceStatus["alerts"] = [];
  if (wait.alert) alerts.push(wait.alert);
  if (sat.alert) alerts.push(sat.alert);
  if (lunch.status === "uncovered") alerts.push({ kind: "lunch_duty_uncovered", severity: "critical", period: [lunch.window.from, lunch.window.to], value: 0, limit: 1 });
  return {
    counterId: counter.id,
    businessDate: today,
    inPeak: wait.inPeak,
    period: wait.period,
    averageWaitSeconds: wait.averageSeconds,
    waitLimitSeconds: wait.limitSeconds,
    satisfactionPercent: sat.percent,
    satisfactionTargetPercent: targets.satisfactionTargetPercent,
    lunchDuty: lunch,
    alerts,
  };
}

/** GET /api/v1/counters/:counterId/service-status — for the monitor and the teller console. */
export async function serviceStatus(ctx: AppContext, p: Principal, counterId: string): Promise<ServiceStatus> {
  if (p.kind !== "user" || !(p.permissions.has("queue.monitor") || p.permissions.has("queue.call"))) requireQueuePermission(p, "queue.monitor");
  const counter = await counterInScope(ctx.database.db, p, counterId);
  return computeServiceStatus(ctx.database.db, counter, ctx.clock.now());
}

/**
 * The interval job (no monitor needs to be open): for every open counter, evaluate the targets; each
 * new alert (once per counter, day, kind and period) is stored and pushed on the counter's SSE stream
 * as `counter.alert`, which the console and the monitor of the counter manager and duty manager show.
 */
export async function sweepServiceTargets(ctx: AppContext): Promise<number> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const counters = await ex.selectFrom("org_units").select("id").where("kind", "=", "counter").where("active", "=", 1).execute();
  let raised = 0;
  for (const { id } of counters) {
    const counter = await orgUnitRepository.findById(ex, id);
    if (!counter) continue;
    let open = false;
    try {
      open = isCounterOpenAt(now, counter, await calendarForUnit(ex, counter));
    } catch {
      open = false;
    }
    const status = await computeServiceStatus(ex, counter, now);
    // Wait and satisfaction alerts only while open; lunch duty once noon is over.
    const alerts = status.alerts.filter((a) => open || a.kind === "lunch_duty_uncovered");
    for (const alert of alerts) {
      const key = `${alert.kind}:${alert.period ? alert.period.join("-") : "day"}`;
      const events = await ctx.tx(async (tx) => {
        const fresh = await serviceAlertRepository.insertOnce(tx, {
          id: ulid(),
          counter_id: counter.id,
          business_date: status.businessDate,
          kind: alert.kind,
          alert_key: key,
          severity: alert.severity,
          data: JSON.stringify(alert),
          raised_at: now.toISOString(),
        });
        if (!fresh) return [];
        if (alert.kind === "lunch_duty_uncovered") {
          const dedupeKey = `cal03:${counter.id}:${status.businessDate}`;
          if (!(await tx.selectFrom("control_findings").select("id").where("dedupe_key", "=", dedupeKey).executeTakeFirst())) {
            await raiseFinding(ctx, tx, { id: null, name: "system" }, now, {
              kind: "lunch_duty_uncovered",
              orgUnitId: counter.id,
              orgUnitPath: counter.path,
              subjectUserIds: [],
              title: `午间无人值班（${status.businessDate}）`,
              details: { date: status.businessDate, window: status.lunchDuty.window },
              dedupeKey,
            });
          }
        }
        return [await recordEvent(tx, null, now, counter.id, "counter.alert", { message: alert.kind })];
      });
      if (events.length) {
        raised++;
        await publishEvents(ctx, events);
      }
    }
  }
  return raised;
}

/** Q-07 targets are evaluated every minute (0 = off with the daily-ops reminders). */
export function installServiceTargetJob(app: FastifyInstance, ctx: AppContext): void {
  installIntervalJob(app, "service target sweep", ctx.config.dailyOpsReminderSeconds > 0 ? Math.min(60, ctx.config.dailyOpsReminderSeconds) : 0, () => sweepServiceTargets(ctx));
}
