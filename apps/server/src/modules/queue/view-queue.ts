/** Q-05 the hall display's view; ticket lookup, print data and the rating pad's latest ticket. */
import type { LatestFinishedResponse, QueueEventType, QueueResponse, TicketPrintResponse, TicketResponse } from "@ccms/contracts";
import { type TicketPriority, localDateOf, nextOpeningChange, orderQueue } from "@ccms/core";
import { queueEventRepository, ticketRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { Principal } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { waitingAheadIn } from "./issue-ticket.js";
import { loadSettings, typeNames } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { counterInScope, ticketInScope, windowInScope } from "./queue-scope.js";
import { ticketView, windowsView } from "./queue-views.js";

export async function viewQueue(ctx: AppContext, p: Principal, counterId: string): Promise<QueueResponse> {
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  const [names, settings, waiting, lastEventId, calendar] = await Promise.all([
    typeNames(ex, counter.id),
    loadSettings(ex, counter.id),
    ticketRepository.listWaiting(ex, counter.id),
    queueEventRepository.lastId(ex, counter.id),
    calendarForUnit(ex, counter),
  ]);
  const ordered = orderQueue(
    waiting.map((t) => ({ ...t, businessType: t.business_type, priority: t.priority as TicketPriority, originalIssuedAt: t.original_issued_at, targetWindowId: t.target_window_id })),
    settings,
    now,
  );
  const recent = await ticketRepository.recentCalls(ex, counter.id, localDateOf(now, counter.timeZone), 10);
  // CAL-04 the schedule a device needs to follow the clock by itself (timer to nextChangeAt).
  const schedule = nextOpeningChange(now, counter, calendar);
  const windows = await windowsView(ex, counter.id, names);
  // Q-05 current calls: only tickets still called or served at a staffed, active window.
  const currentCalls = windows
    .filter((w) => w.active && w.tellerId && w.currentTicket && (w.currentTicket.status === "called" || w.currentTicket.status === "serving"))
    .map((w) => w.currentTicket!)
    .sort((a, b) => (b.calledAt ?? "").localeCompare(a.calledAt ?? ""));
  return {
    counterId: counter.id,
    counterName: counter.name,
    at: now.toISOString(),
    open: schedule.open,
    waiting: ordered.map((t) => ticketView(t, names)),
    windows,
    recentCalls: recent.map((t) => ticketView(t, names)),
    lastEventId: lastEventId === null ? null : String(lastEventId),
    nextChangeAt: schedule.nextChangeAt?.toISOString() ?? null,
    nextOpeningAt: schedule.nextOpeningAt?.toISOString() ?? null,
    currentCalls,
  };
}

export async function getTicket(ctx: AppContext, p: Principal, id: string): Promise<TicketResponse> {
  const { ticket, counter } = await ticketInScope(ctx.database.db, p, id);
  return ticketView(ticket, await typeNames(ctx.database.db, counter.id));
}

export async function ticketPrint(ctx: AppContext, p: Principal, id: string): Promise<TicketPrintResponse> {
  const ex = ctx.database.db;
  const { ticket, counter } = await ticketInScope(ex, p, id);
  const v = ticketView(ticket, await typeNames(ex, counter.id));
  const waitingAhead = ticket.status === "waiting" ? await waitingAheadIn(ex, counter.id, ticket.id, ctx.clock.now()) : 0;
  return {
    id: v.id,
    number: v.number,
    counterId: counter.id,
    counterName: counter.name,
    businessType: v.businessType,
    businessTypeNameZh: v.businessTypeNameZh,
    businessTypeNameEn: v.businessTypeNameEn,
    priority: v.priority,
    issuedAt: v.issuedAt,
    businessDate: v.businessDate,
    waitingAhead,
    status: v.status,
  };
}

/** The rating pad shows the latest finished ticket of its window (today). */
export async function latestFinished(ctx: AppContext, p: Principal, windowId: string): Promise<LatestFinishedResponse> {
  const ex = ctx.database.db;
  const { window, counter } = await windowInScope(ex, p, windowId);
  const t = await ticketRepository.latestFinishedAtWindow(ex, window.id, localDateOf(ctx.clock.now(), counter.timeZone));
  return { ticket: t ? ticketView(t, await typeNames(ex, counter.id)) : null };
}

export async function ticketHistory(ctx: AppContext, p: Principal, id: string) {
  const ex = ctx.database.db;
  const { ticket } = await ticketInScope(ex, p, id);
  const rows = await queueEventRepository.forTicket(ex, ticket.id);
  return { items: rows.map((r) => ({ id: String(r.id), type: r.type as QueueEventType, at: r.at, actorId: r.actor_id, windowId: r.window_id })) };
}
