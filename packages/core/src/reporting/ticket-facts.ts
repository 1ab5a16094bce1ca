/**
 * Queue facts of a set of tickets, with the same definitions as the
 * counter statistics (queue-stats.ts): wait = first call − original issue (kept across transfers);
 * service = finish − start; satisfied = a rating of 4 or 5; the hour is the local hour of the
 * original issue. The time zone is an input (the counter's).
 */
import { localTimeOf } from "../shared/time.js";
import { type UnitFacts, emptyFacts } from "./unit-facts.js";

export interface FactTicket {
  status: string;
  originalIssuedAt: string;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  transferredFromId: string | null;
  rating: number | null;
}

export interface TicketFactLimits {
  waitTargetMinutes: number;
  handlingLimitMinutes: number;
  timeZone: string;
}

const seconds = (a: string, b: string) => Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 1000));

export function ticketFacts(tickets: readonly FactTicket[], limits: TicketFactLimits): UnitFacts {
  const f = emptyFacts();
  for (const t of tickets) {
    const hour = f.hours[Number(localTimeOf(new Date(t.originalIssuedAt), limits.timeZone).slice(0, 2))]!;
    if (!t.transferredFromId) {
      f.ticketsIssued++;
      hour.issued++;
    }
    if (t.status === "noShow") f.ticketsNoShow++;
    if (t.calledAt) {
      const w = seconds(t.originalIssuedAt, t.calledAt);
      f.ticketsCalled++;
      f.waitSecondsSum += w;
      f.maxWaitSeconds = Math.max(f.maxWaitSeconds, w);
      if (w <= limits.waitTargetMinutes * 60) f.waitsWithinTarget++;
      hour.called++;
      hour.waitSecondsSum += w;
    }
    if (t.status === "finished") {
      f.ticketsServed++;
      if (t.startedAt && t.finishedAt) {
        const s = seconds(t.startedAt, t.finishedAt);
        f.servicesTimed++;
        f.serviceSecondsSum += s;
        if (s <= limits.handlingLimitMinutes * 60) f.servicesWithinLimit++;
        hour.served++;
        hour.serviceSecondsSum += s;
      }
    }
    if (t.rating !== null) {
      f.ratings++;
      if (t.rating >= 4) f.ratingsSatisfied++;
    }
  }
  return f;
}
