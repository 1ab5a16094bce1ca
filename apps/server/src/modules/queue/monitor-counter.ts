/**
 * Live monitor (Q-06, Q-07, ORG-03): waiting per type, longest wait, projected wait, windows with
 * state, alerts when a wait or a service passes its limit or is about to, the VIP-window finding.
 */
import type { QueueMonitorResponse } from "@ccms/contracts";
import { computeQueueStats, isCounterOpenAt, localDateOf, monitorAlerts, projectedWaitSeconds, vipWindowFinding } from "@ccms/core";
import { businessTypeRepository, ticketRepository, windowRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { Principal } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { counterInScope, ensureCounterSetup, loadSettings, localWindowState, requireQueuePermission, typeNames, windowView } from "./queue-common.js";

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
