/**
 * CAL-06 when an official year arrives (a State Council notice typed in, or a newer calendar package),
 * every open case's deadlines are recomputed: the preview lists each deadline that would move; the
 * apply stores the new deadline cache, records the move on the case's timeline, audits it and tells
 * the handling unit (the handler sees it on the case and in the unit's alerts).
 */
import type { HolidayYear } from "@ccms/core";
import { type CaseRow, type Executor, caseRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { Principal } from "../../http/principal.js";
import type { BusEvent } from "../../realtime/bus.js";
import { deadlineCache, deadlinesOf, refreshCase } from "./case-deadlines.js";
import { auditCase, recordCaseEvent } from "./case-history.js";
import { UnitContextCache } from "./unit-context.js";

export interface DeadlineMove {
  caseId: string;
  caseNumber: string;
  orgUnitId: string;
  orgUnitName: string;
  handlerId: string | null;
  metric: string;
  oldDueAt: string;
  newDueAt: string;
  provisionalBefore: boolean;
  provisionalAfter: boolean;
}

interface CaseMoves {
  row: CaseRow;
  moves: DeadlineMove[];
  cache: ReturnType<typeof deadlineCache>;
}

/** Years put in place of the stored data on each side of the comparison. */
export interface CalendarChange {
  before: readonly HolidayYear[];
  after: readonly HolidayYear[];
}

async function movesOf(ex: Executor, change: CalendarChange, now: Date): Promise<CaseMoves[]> {
  const open = await caseRepository.listOpenUnder(ex, "/");
  const before = new UnitContextCache(ex, change.before);
  const after = new UnitContextCache(ex, change.after);
  const events = await caseRepository.listEventsFor(ex, open.map((c) => c.id));
  const out: CaseMoves[] = [];
  for (const row of open) {
    const own = events.filter((e) => e.case_id === row.id);
    const ub = await before.get(row.org_unit_id);
    const ua = await after.get(row.org_unit_id);
    const old = deadlinesOf(row, own, ub, now, false);
    const next = deadlinesOf(row, own, ua, now, false);
    const moves: DeadlineMove[] = [];
    for (const n of next) {
      const o = old.find((x) => x.metric === n.metric);
      if (!o || n.metAt !== null) continue;
      if (o.dueAt.getTime() === n.dueAt.getTime() && o.provisional === n.provisional) continue;
      moves.push({
        caseId: row.id,
        caseNumber: row.number,
        orgUnitId: row.org_unit_id,
        orgUnitName: ua.unit.name,
        handlerId: row.handler_id,
        metric: n.metric,
        oldDueAt: o.dueAt.toISOString(),
        newDueAt: n.dueAt.toISOString(),
        provisionalBefore: o.provisional,
        provisionalAfter: n.provisional,
      });
    }
    if (moves.length > 0) out.push({ row, moves, cache: deadlineCache(next) });
  }
  return out;
}

/** Every open deadline that would move under the change. */
export async function previewDeadlineMoves(ex: Executor, change: CalendarChange, now: Date): Promise<DeadlineMove[]> {
  return (await movesOf(ex, change, now)).flatMap((c) => c.moves);
}

/**
 * Inside the caller's transaction (every read goes through `tx`): stores the moved deadlines, one
 * timeline entry and one audit entry per case. Returns the moves and the events to publish after
 * commit.
 */
export async function applyDeadlineMoves(
  ctx: AppContext,
  tx: Executor,
  p: Principal | null,
  change: CalendarChange,
  now: Date,
  reason: string,
): Promise<{ moves: DeadlineMove[]; events: Array<{ channel: string; event: BusEvent }> }> {
  const changed = await movesOf(tx, change, now);
  const events: Array<{ channel: string; event: BusEvent }> = [];
  const moves: DeadlineMove[] = [];
  for (const c of changed) {
    moves.push(...c.moves);
    await caseRepository.update(tx, c.row.id, { ...c.cache, updated_at: now.toISOString() });
    const data = { reason, moves: c.moves.map((m) => ({ metric: m.metric, oldDueAt: m.oldDueAt, newDueAt: m.newDueAt, provisional: m.provisionalAfter })) };
    await recordCaseEvent(ctx, tx, p, c.row.id, { type: "case.deadline_moved", orgUnitId: c.row.org_unit_id, data }, now);
    await auditCase(ctx, tx, p, now, "case.deadline_moved", c.row, { number: c.row.number, ...data });
    events.push({
      channel: c.row.org_unit_id,
      event: { type: "case.deadline_moved", data: { caseId: c.row.id, number: c.row.number, handlerId: c.row.handler_id, moves: data.moves } },
    });
  }
  return { moves, events };
}

/**
 * CAL-06 an approved closure (made, approved or removed) changes the working days of its own unit:
 * the stored deadline cache of that unit's open cases is recomputed in the same transaction, so lists
 * and sweeps see the new due times at once (the case page always recomputes from the history).
 */
export async function refreshDeadlinesOfUnit(tx: Executor, unit: { id: string; path: string }, now: Date): Promise<number> {
  const open = (await caseRepository.listOpenUnder(tx, unit.path)).filter((c) => c.org_unit_id === unit.id);
  const units = new UnitContextCache(tx);
  for (const c of open) await refreshCase(tx, units, c.id, now, false);
  return open.length;
}
