/** Counter statistics over business dates: overall, by business type, by window, by hour. */
import type { QueueStatsResponse } from "@ccms/contracts";
import { DomainError, type StatTicket, computeQueueStats, daysBetween, localTimeOf } from "@ccms/core";
import { type TicketRow, ticketRepository, windowRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { Principal } from "../../http/principal.js";
import { loadSettings } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { counterInScope } from "./queue-scope.js";

const stat = (t: TicketRow): StatTicket => ({
  status: t.status,
  originalIssuedAt: t.original_issued_at,
  calledAt: t.called_at,
  startedAt: t.started_at,
  finishedAt: t.finished_at,
  transferredFromId: t.transferred_from_id,
  rating: t.rating_score,
});

export async function counterStats(ctx: AppContext, p: Principal, counterId: string, from: string, to: string): Promise<QueueStatsResponse> {
  requireQueuePermission(p, "queue.monitor");
  if (daysBetween(from, to) < 0) throw new DomainError("validation", "invalid_range", "from must not be after to", { from, to });
  if (daysBetween(from, to) > 366) throw new DomainError("validation", "range_too_long", "At most one year at a time", { from, to });
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  const [settings, tickets, windows] = await Promise.all([
    loadSettings(ex, counter.id),
    ticketRepository.listInRange(ex, { counterId: counter.id, from, to }),
    windowRepository.list(ex, counter.id),
  ]);
  const { ratings, ...overall } = computeQueueStats(tickets.map(stat), settings);
  const types = [...new Set(tickets.map((t) => t.business_type))].sort();
  const byBusinessType = types.map((code) => {
    const { ratings: _r, ...s } = computeQueueStats(tickets.filter((t) => t.business_type === code).map(stat), settings);
    return { businessType: code, ...s };
  });
  const byWindow = windows
    .map((w) => {
      const { ratings: _r, ...s } = computeQueueStats(tickets.filter((t) => t.window_id === w.id).map(stat), settings);
      // "issued" per window: tickets that reached the window.
      return { windowId: w.id, windowNumber: w.number, ...s, issued: tickets.filter((t) => t.window_id === w.id).length };
    });
  // Q-07 peak periods: tickets by the local hour of their original issue.
  const hourOf = (t: TicketRow) => Number(localTimeOf(new Date(t.original_issued_at), counter.timeZone).slice(0, 2));
  const hours = [...new Set(tickets.map(hourOf))].sort((a, b) => a - b);
  const byHour = hours.map((hour) => {
    const inHour = tickets.filter((t) => hourOf(t) === hour);
    const { ratings: _r, ...s } = computeQueueStats(inHour.map(stat), settings);
    return { hour, issued: s.issued, served: s.served, avgWaitSeconds: s.avgWaitSeconds, maxWaitSeconds: s.maxWaitSeconds };
  });
  return { counterId: counter.id, from, to, ratings, ...overall, byBusinessType, byWindow, byHour };
}
