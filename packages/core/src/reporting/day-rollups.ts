/**
 * Daily roll-ups of queue facts (I-04; issue 13 item 4): the additive facts of one counter-day split by
 * window and teller, so that a month or a year is the sum of a few stored rows instead of a pass over
 * every ticket. A day is settled (may be stored) once it is over in the counter's own time zone; the
 * facts depend on the counter's limits and zone, recorded as the roll-up's basis.
 */
import { type FactTicket, type TicketFactLimits, ticketFacts } from "./ticket-facts.js";
import type { UnitFacts } from "./unit-facts.js";

export interface RollupTicket extends FactTicket {
  businessDate: string;
  windowId: string | null;
  servedBy: string | null;
}

export interface DayGroupFacts {
  date: string;
  windowId: string | null;
  servedBy: string | null;
  facts: UnitFacts;
}

/** The limits a roll-up was computed with; a different basis means the stored roll-up is stale. */
export const rollupBasis = (l: TicketFactLimits): string => `${l.waitTargetMinutes}|${l.handlingLimitMinutes}|${l.timeZone}`;

/** A business date can be rolled up once it is before the counter's local today. */
export const isSettledDay = (date: string, localToday: string): boolean => date < localToday;

/** One counter's tickets → facts per (date, window, teller), each group computed by `ticketFacts`. */
export function dayGroupFacts(tickets: readonly RollupTicket[], limits: TicketFactLimits): DayGroupFacts[] {
  const groups = new Map<string, { date: string; windowId: string | null; servedBy: string | null; list: RollupTicket[] }>();
  for (const t of tickets) {
    const key = `${t.businessDate}\u0000${t.windowId ?? ""}\u0000${t.servedBy ?? ""}`;
    let g = groups.get(key);
    if (!g) {
      g = { date: t.businessDate, windowId: t.windowId, servedBy: t.servedBy, list: [] };
      groups.set(key, g);
    }
    g.list.push(t);
  }
  return [...groups.values()].map((g) => ({ date: g.date, windowId: g.windowId, servedBy: g.servedBy, facts: ticketFacts(g.list, limits) }));
}

/** True when a group's facts come from at least one ticket (a day with such a group is a service day, D-06). */
export const hasTickets = (f: UnitFacts): boolean => f.ticketsIssued + f.ticketsCalled + f.ticketsNoShow + f.ticketsServed + f.ratings > 0;
