/**
 * What one case action works on inside its transaction: the locked case row, its history, the
 * caller, the patch to store, the history entries, the realtime messages and audit details to add.
 * `perform-case-action.ts` builds it, runs the action's use case and writes the result once.
 */
import { type CaseActionType, type CaseKind, type CaseState, type TransitionInput, nextCaseState } from "@ccms/core";
import type { CaseEventRow, CaseRow, Executor } from "@ccms/db";
import type { CaseAction } from "@ccms/contracts";
import type { AppContext } from "../../../context.js";
import type { UserPrincipal } from "../../../http/principal.js";
import type { BusEvent } from "../../../realtime/bus.js";
import { deadlinesOf } from "../case-deadlines.js";
import type { EventInput } from "../case-history.js";
import type { UnitContextCache } from "../unit-context.js";

export interface CaseActionContext {
  ctx: AppContext;
  tx: Executor;
  p: UserPrincipal;
  row: CaseRow;
  events: CaseEventRow[];
  units: UnitContextCache;
  now: Date;
  patch: Partial<CaseRow>;
  newEvents: EventInput[];
  bus: Array<{ channel: string; event: BusEvent }>;
  audit: Record<string, unknown>;
  /** Set by `close` on complaints: the callback task to date once deadlines are known. */
  callbackTaskId?: string;
}

/** The request body of one action type. */
export type ActionOf<T extends CaseActionType> = Extract<CaseAction, { type: T }>;

export function lastEventOf(events: readonly CaseEventRow[], type: string): CaseEventRow | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.type === type) return events[i];
  return undefined;
}

/** The state machine's next state for the action (409 action_not_allowed when it does not apply). */
export function moveCase(w: CaseActionContext, action: CaseActionType, extra: Partial<TransitionInput> = {}): { from: CaseState; to: CaseState } {
  const from = w.row.state as CaseState;
  const to = nextCaseState(action, { kind: w.row.kind as CaseKind, state: from, ...extra });
  if (to !== from) w.patch.state = to;
  return { from, to };
}

/** Adds a history entry; from/to are kept only when the state changes. */
export function addHistory(w: CaseActionContext, type: string, from: CaseState | null, to: CaseState | null, data: unknown, at?: Date): void {
  const transition = from !== null && to !== null && from !== to;
  w.newEvents.push({
    type,
    ...(at ? { at } : {}),
    fromState: transition ? from : null,
    toState: transition ? to : null,
    orgUnitId: w.patch.org_unit_id ?? w.row.org_unit_id,
    data,
  });
}

export async function currentDeadline(w: CaseActionContext, metric: "reply" | "reconsiderationDecision") {
  const u = await w.units.get(w.row.org_unit_id);
  return deadlinesOf(w.row, w.events, u, w.now, true).find((d) => d.metric === metric);
}
