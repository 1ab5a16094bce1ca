/** Deadlines recomputed from the case history (C-02, C-06, C-07, C-09) and the cache stored on the case row. */
import {
  type CaseClockInput,
  type CaseKind,
  type CaseState,
  type ComputedDeadline,
  type HandlingLevel,
  computeCaseDeadlines,
  isCaseOverdue,
  isDomainError,
  nextCaseDue,
} from "@ccms/core";
import { type CaseEventRow, type CaseRow, type Executor, caseRepository } from "@ccms/db";
import { parseData } from "./case-history.js";
import type { UnitContext, UnitContextCache } from "./unit-context.js";

export function clockInput(row: CaseRow, events: readonly CaseEventRow[]): CaseClockInput {
  return {
    kind: row.kind as CaseKind,
    level: row.level as HandlingLevel,
    receivedAt: new Date(row.received_at),
    events: events.map((e) => ({ type: e.type, at: new Date(e.at), toState: (e.to_state as CaseState | null) ?? null, data: parseData(e) })),
  };
}

/**
 * Deadlines at `now`. strict: a missing calendar year is an error (422); otherwise (lists, sweeps)
 * the case shows no deadline rather than breaking the whole page.
 */
export function deadlinesOf(row: CaseRow, events: readonly CaseEventRow[], u: UnitContext, now: Date, strict: boolean): ComputedDeadline[] {
  try {
    return computeCaseDeadlines(u.policy.metrics, clockInput(row, events), { calendar: u.calendar, timeZone: u.unit.timeZone, now });
  } catch (e) {
    if (!strict && isDomainError(e) && e.kind === "unprocessable") return [];
    throw e;
  }
}

export function deadlineCache(deadlines: readonly ComputedDeadline[]): Pick<CaseRow, "deadlines" | "next_due_at" | "overdue" | "late"> {
  const next = nextCaseDue(deadlines);
  return {
    deadlines: JSON.stringify(deadlines.map((d) => ({ metric: d.metric, dueAt: d.dueAt.toISOString(), status: d.status, ...(d.provisional ? { provisional: true } : {}) }))),
    next_due_at: next ? next.toISOString() : null,
    overdue: isCaseOverdue(deadlines) ? 1 : 0,
    late: deadlines.some((d) => d.status === "metLate" || d.status === "breached") ? 1 : 0,
  };
}

export function deadlineView(d: ComputedDeadline, now: Date) {
  return {
    metric: d.metric,
    clock: d.clock,
    amount: d.amount,
    startedAt: d.startedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    pausedDays: d.pausedDays,
    warnAt: d.warnAt.map((x) => x.toISOString()),
    status: d.status,
    metAt: d.metAt ? d.metAt.toISOString() : null,
    provisional: d.provisional,
    remainingMs: d.metAt ? null : d.dueAt.getTime() - now.getTime(),
  };
}

/** Recompute and store the deadline cache of a case (after any change and after policy changes). */
export async function refreshCase(ex: Executor, units: UnitContextCache, id: string, now: Date, strict: boolean): Promise<void> {
  const row = await caseRepository.findById(ex, id);
  if (!row) return;
  const events = await caseRepository.listEvents(ex, id);
  const u = await units.get(row.org_unit_id);
  await caseRepository.update(ex, id, { ...deadlineCache(deadlinesOf(row, events, u, now, strict)), updated_at: now.toISOString() });
}
