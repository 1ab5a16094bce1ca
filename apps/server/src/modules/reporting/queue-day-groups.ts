/**
 * The queue facts of some counters over local dates, per counter-day, window and teller (I-04; issue 13
 * item 4). Settled days (before the counter's local today) come from the daily roll-ups; a settled day
 * without a valid roll-up (never computed, dropped by a ticket write, or computed with other limits) is
 * computed from its tickets once and stored; today and later always from the tickets.
 */
import { DEFAULT_QUEUE_SETTINGS, type DayGroupFacts, type TicketFactLimits, type UnitFacts, addDays, dayGroupFacts, emptyFacts, isSettledDay, localDateOf, rollupBasis } from "@ccms/core";
import { type OrgUnit, type TicketDayFactsRow, reportingReadRepository, ticketDayFactsRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";

export interface CounterDayGroup extends DayGroupFacts {
  counterId: string;
}

const dayKey = (counterId: string, date: string) => `${counterId}|${date}`;

export async function queueDayGroups(ctx: AppContext, counters: readonly OrgUnit[], range: { from: string; to: string }): Promise<CounterDayGroup[]> {
  if (counters.length === 0 || range.from > range.to) return [];
  const ex = ctx.database.db;
  const counterIds = counters.map((c) => c.id);
  const now = ctx.clock.now();
  const [limitRows, stored] = await Promise.all([reportingReadRepository.queueLimits(ex, counterIds), ticketDayFactsRepository.list(ex, counterIds, range.from, range.to)]);
  const limitRowOf = new Map(limitRows.map((l) => [l.counter_id, l]));
  const limitsOf = new Map<string, TicketFactLimits>();
  const todayOf = new Map<string, string>();
  for (const c of counters) {
    const l = limitRowOf.get(c.id);
    limitsOf.set(c.id, {
      waitTargetMinutes: l?.wait_target_minutes ?? DEFAULT_QUEUE_SETTINGS.waitTargetMinutes,
      handlingLimitMinutes: l?.handling_limit_minutes ?? DEFAULT_QUEUE_SETTINGS.handlingLimitMinutes,
      timeZone: c.timeZone,
    });
    todayOf.set(c.id, localDateOf(now, c.timeZone));
  }

  // Stored roll-ups that still hold: the day is settled and every row has the counter's current basis.
  const storedByDay = new Map<string, TicketDayFactsRow[]>();
  for (const r of stored) {
    const k = dayKey(r.counter_id, r.business_date);
    const list = storedByDay.get(k) ?? [];
    list.push(r);
    storedByDay.set(k, list);
  }
  const groups: CounterDayGroup[] = [];
  const valid = new Set<string>();
  for (const [k, rows] of storedByDay) {
    const first = rows[0]!;
    const basis = rollupBasis(limitsOf.get(first.counter_id)!);
    if (!isSettledDay(first.business_date, todayOf.get(first.counter_id)!) || rows.some((r) => r.basis !== basis)) continue;
    valid.add(k);
    for (const r of rows) {
      const facts = JSON.parse(r.facts) as UnitFacts;
      groups.push({ counterId: r.counter_id, date: r.business_date, windowId: r.window_id || null, servedBy: r.served_by || null, facts });
    }
  }

  // Counter-days to read from the tickets, and the earliest of them (one query for all).
  const missing = new Set<string>();
  let earliest: string | null = null;
  for (const c of counters) {
    for (let d = range.from; d <= range.to; d = addDays(d, 1)) {
      const k = dayKey(c.id, d);
      if (valid.has(k)) continue;
      missing.add(k);
      if (earliest === null || d < earliest) earliest = d;
    }
  }
  if (earliest === null) return groups;

  const raw = await reportingReadRepository.tickets(ex, counterIds, { from: earliest, to: range.to });
  const byCounter = new Map<string, typeof raw>();
  for (const t of raw) {
    if (!missing.has(dayKey(t.counter_id, t.business_date))) continue;
    const list = byCounter.get(t.counter_id) ?? [];
    list.push(t);
    byCounter.set(t.counter_id, list);
  }
  const toStore: TicketDayFactsRow[] = [];
  const storeDays: Array<{ counterId: string; date: string }> = [];
  const computedAt = now.toISOString();
  for (const c of counters) {
    const limits = limitsOf.get(c.id)!;
    const basis = rollupBasis(limits);
    const computed = dayGroupFacts(
      (byCounter.get(c.id) ?? []).map((t) => ({
        businessDate: t.business_date,
        windowId: t.window_id,
        servedBy: t.served_by,
        status: t.status,
        originalIssuedAt: t.original_issued_at,
        calledAt: t.called_at,
        startedAt: t.started_at,
        finishedAt: t.finished_at,
        transferredFromId: t.transferred_from_id,
        rating: t.rating_score,
      })),
      limits,
    );
    const daysWithRows = new Set<string>();
    for (const g of computed) {
      groups.push({ counterId: c.id, ...g });
      daysWithRows.add(g.date);
      if (isSettledDay(g.date, todayOf.get(c.id)!)) toStore.push({ counter_id: c.id, business_date: g.date, window_id: g.windowId ?? "", served_by: g.servedBy ?? "", basis, facts: JSON.stringify(g.facts), computed_at: computedAt });
    }
    for (let d = range.from; d <= range.to && isSettledDay(d, todayOf.get(c.id)!); d = addDays(d, 1)) {
      if (!missing.has(dayKey(c.id, d))) continue;
      storeDays.push({ counterId: c.id, date: d });
      // A settled day without tickets is stored as one empty row, so it is not read again.
      if (!daysWithRows.has(d)) toStore.push({ counter_id: c.id, business_date: d, window_id: "", served_by: "", basis, facts: JSON.stringify(emptyFacts()), computed_at: computedAt });
    }
  }
  if (storeDays.length > 0) {
    try {
      await ctx.tx((tx) => ticketDayFactsRepository.replaceDays(tx, storeDays, toStore));
    } catch {
      // The report stands on the tickets just read; a roll-up that could not be stored (another report
      // stored the same day at the same moment) is simply read or computed again next time.
    }
  }
  return groups;
}
