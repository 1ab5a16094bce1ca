/**
 * Every deadline of a case, recomputed from its event history and the policy in force, so that a
 * policy change never loses paused time (the history is the source of truth, not stored due dates).
 *
 * Counting (CAL-01): day 0 is the local date of the metric's start in the unit's time zone; the
 * deadline is the end (23:59:59.999 local) of the Nth working day (or calendar day for calendar
 * clocks).
 *
 * Pause model (C-07): a handler cannot stop a clock alone. While the case sits in one of the metric's
 * pause states AND the pause has been approved (from the approval instant on), that metric is paused;
 * until then the clock runs, and a refused pause never stops it. (Pauses recorded before approvals
 * existed carry `autoApproved` and count from the pause itself.) For
 * each paused interval [a, b] (b = resume, or now while still paused) the deadline moves by the days
 * of the metric's clock from a's local date to b's local date: working days after a's day up to and
 * including b's day (`workingDaysBetween`) for working-day clocks, calendar days for calendar
 * clocks. A pause that starts and ends on the same day moves nothing; a pause over a holiday moves
 * only by the working days in it.
 *
 * Extensions (regulatory steps, approved delays) add days to the amount (`days`) or set a later
 * date (`untilDate`, the later of the two deadlines applies).
 *
 * C-06 the amount is taken at the case's current handling level: an escalation re-targets the limit.
 */
import { addCalendarDays, spanIsProvisional, workingDayDeadline, workingDaysBetween } from "../calendar/add-working-days.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { type LocalDate, daysBetween, endOfLocalDay, localDateOf } from "../shared/time.js";
import type { CaseKind, CaseState, ClockKind, HandlingLevel, MetricCode } from "./case-model.js";
import { METRIC_CODES } from "./case-model.js";
import { type MetricPolicy, metricAmount } from "./time-limit-policies.js";

/** Event types that drive the clocks (the server records them with these names). */
export const CASE_EVENT = {
  received: "case.received",
  accepted: "case.accepted",
  contacted: "case.contacted",
  investigating: "case.investigating",
  paused: "case.paused",
  /** C-07 the counter manager (or the level above) approves or refuses stopping the clock. */
  pauseApproved: "case.pause_approved",
  pauseRefused: "case.pause_refused",
  resumed: "case.resumed",
  replied: "case.replied",
  delayExplained: "case.delay_explained",
  extensionRequested: "case.extension_requested",
  extensionGranted: "case.extension_granted",
  extensionRefused: "case.extension_refused",
  escalated: "case.escalated",
  /** C-19 forwarded down to the responsible unit; resultReported: the reply reported back up. */
  forwarded: "case.forwarded",
  resultReported: "case.result_reported",
  closed: "case.closed",
  callbackDone: "case.callback_done",
  archivedUnsatisfied: "case.archived_unsatisfied",
  reopened: "case.reopened",
  reconsiderationApplied: "case.reconsideration_applied",
  reconsiderationDecided: "case.reconsideration_decided",
  ruled: "responsibility.ruled",
  appealed: "responsibility.appealed",
  appealDecided: "responsibility.appeal_decided",
  rectificationAdded: "case.rectification_added",
  rectificationCompleted: "case.rectification_completed",
  note: "case.note",
  unmasked: "case.unmasked",
  specialCreated: "case.special_matter_created",
  alert: "case.alert",
  findingRaised: "case.finding_raised",
} as const;

export interface ClockEvent {
  type: string;
  at: Date;
  toState: CaseState | null;
  data?: Record<string, unknown> | null;
}

export interface CaseClockInput {
  kind: CaseKind;
  level: HandlingLevel;
  receivedAt: Date;
  /** In recorded order. */
  events: readonly ClockEvent[];
}

export interface DeadlineEnv {
  calendar: WorkingCalendar;
  timeZone: string;
  now: Date;
}

export type DeadlineStatus = "running" | "warning" | "breached" | "paused" | "met" | "metLate";

export interface ComputedDeadline {
  metric: MetricCode;
  clock: ClockKind;
  amount: number;
  startedAt: Date;
  dueAt: Date;
  pausedDays: number;
  warnAt: Date[];
  status: DeadlineStatus;
  metAt: Date | null;
  /** CAL-06 counted over days of a year without official data: may move when the notice is loaded. */
  provisional: boolean;
}

const is = (e: ClockEvent, ...types: string[]) => types.includes(e.type);

function firstAfter(events: readonly ClockEvent[], from: Date, types: string[], pred: (e: ClockEvent) => boolean = () => true): ClockEvent | undefined {
  return events.find((e) => is(e, ...types) && e.at.getTime() >= from.getTime() && pred(e));
}

/** When a metric's clock starts and stops; undefined while it has not started. */
export function metricWindow(metric: MetricCode, c: CaseClockInput): { start: Date; stop: Date | null } | undefined {
  const ev = c.events;
  switch (metric) {
    case "acceptance": {
      const stop = firstAfter(ev, new Date(0), [CASE_EVENT.accepted, CASE_EVENT.replied]);
      return { start: c.receivedAt, stop: stop?.at ?? null };
    }
    case "firstContact": {
      const stop = firstAfter(ev, new Date(0), [CASE_EVENT.contacted, CASE_EVENT.replied]);
      return { start: c.receivedAt, stop: stop?.at ?? null };
    }
    case "reply": {
      // C-02 "within 7 working days of acceptance": projected from receipt until accepted.
      const accepted = ev.find((e) => is(e, CASE_EVENT.accepted));
      const start = accepted?.at ?? c.receivedAt;
      const stop = ev.find((e) => is(e, CASE_EVENT.replied));
      return { start, stop: stop?.at ?? null };
    }
    case "reconsiderationDecision": {
      const applied = [...ev].reverse().find((e) => is(e, CASE_EVENT.reconsiderationApplied));
      if (!applied) return undefined;
      const stop = firstAfter(ev, applied.at, [CASE_EVENT.reconsiderationDecided]);
      return { start: applied.at, stop: stop?.at ?? null };
    }
    case "callback": {
      const closed = ev.find((e) => is(e, CASE_EVENT.closed) && e.toState === "callback");
      if (!closed) return undefined;
      const stop = firstAfter(ev, closed.at, [CASE_EVENT.callbackDone], (e) => e.data?.level !== "upper");
      return { start: closed.at, stop: stop?.at ?? null };
    }
  }
}

/**
 * Paused intervals of a metric: spans in which the case sat in one of `pauseStates` after the pause
 * was approved (C-07), clipped to [start, end].
 */
export function pausedIntervals(
  c: CaseClockInput,
  pauseStates: readonly CaseState[],
  start: Date,
  end: Date,
): Array<{ from: Date; to: Date; open: boolean }> {
  const out: Array<{ from: Date; to: Date; open: boolean }> = [];
  let inPause = false;
  let approvedAt: Date | null = null;
  for (const e of c.events) {
    if (inPause && approvedAt === null && e.type === CASE_EVENT.pauseApproved) approvedAt = e.at;
    if (e.toState === null) continue;
    const nowInPause = pauseStates.includes(e.toState);
    if (nowInPause && !inPause) {
      inPause = true;
      approvedAt = e.type === CASE_EVENT.paused && e.data?.autoApproved === true ? e.at : null;
    } else if (!nowInPause && inPause) {
      if (approvedAt !== null) out.push({ from: approvedAt, to: e.at, open: false });
      inPause = false;
      approvedAt = null;
    }
  }
  if (inPause && approvedAt !== null) out.push({ from: approvedAt, to: end, open: true });
  return out
    .map((i) => ({ from: new Date(Math.max(i.from.getTime(), start.getTime())), to: new Date(Math.min(i.to.getTime(), end.getTime())), open: i.open }))
    .filter((i) => i.to.getTime() >= i.from.getTime());
}

/** C-07 the pause in force: requested (clock running), approved (clock stopped), or none. */
export function pauseStatus(events: readonly ClockEvent[]): "none" | "requested" | "approved" | "refused" {
  let status: "none" | "requested" | "approved" | "refused" = "none";
  for (const e of events) {
    if (e.type === CASE_EVENT.paused) status = e.data?.autoApproved === true ? "approved" : "requested";
    else if (e.type === CASE_EVENT.pauseApproved && status === "requested") status = "approved";
    else if (e.type === CASE_EVENT.pauseRefused && status === "requested") status = "refused";
    else if (e.type === CASE_EVENT.resumed) status = "none";
  }
  return status;
}

function daysOnClock(clock: ClockKind, a: LocalDate, b: LocalDate, cal: WorkingCalendar): number {
  return clock === "workingDays" ? workingDaysBetween(a, b, cal) : Math.max(0, daysBetween(a, b));
}

function dueFor(clock: ClockKind, startDate: LocalDate, n: number, env: DeadlineEnv): Date {
  return clock === "workingDays"
    ? workingDayDeadline(startDate, n, env.calendar, env.timeZone)
    : endOfLocalDay(addCalendarDays(startDate, n), env.timeZone);
}

export function computeMetricDeadline(p: MetricPolicy, c: CaseClockInput, env: DeadlineEnv): ComputedDeadline | undefined {
  const w = metricWindow(p.metric, c);
  if (!w) return undefined;
  const tz = env.timeZone;
  const end = w.stop ?? env.now;
  const intervals = pausedIntervals(c, p.pauseStates, w.start, end);
  const pausedDays = intervals.reduce(
    (sum, i) => sum + daysOnClock(p.clock, localDateOf(i.from, tz), localDateOf(i.to, tz), env.calendar),
    0,
  );
  let extensionDays = 0;
  let untilDate: LocalDate | null = null;
  for (const e of c.events) {
    if (e.type !== CASE_EVENT.extensionGranted || e.data?.metric !== p.metric) continue;
    if (e.at.getTime() < w.start.getTime()) continue;
    if (typeof e.data.days === "number") extensionDays += e.data.days;
    if (typeof e.data.untilDate === "string" && (untilDate === null || e.data.untilDate > untilDate)) untilDate = e.data.untilDate;
  }
  const amount = metricAmount(p, c.level) + extensionDays;
  const startDate = localDateOf(w.start, tz);
  let dueAt = dueFor(p.clock, startDate, amount + pausedDays, env);
  if (untilDate !== null) {
    const until = endOfLocalDay(untilDate, tz);
    if (until.getTime() > dueAt.getTime()) dueAt = until;
  }
  const span = dueAt.getTime() - w.start.getTime();
  const warnAt = [...p.warnPercents].sort((a, b) => a - b).map((pct) => new Date(w.start.getTime() + Math.floor((span * pct) / 100)));
  let status: DeadlineStatus;
  if (w.stop) status = w.stop.getTime() <= dueAt.getTime() ? "met" : "metLate";
  else if (intervals.some((i) => i.open)) status = "paused";
  else if (env.now.getTime() > dueAt.getTime()) status = "breached";
  else if (warnAt.some((x) => x.getTime() <= env.now.getTime())) status = "warning";
  else status = "running";
  const lastDay = localDateOf(new Date(Math.max(dueAt.getTime(), end.getTime())), tz);
  const provisional = p.clock === "workingDays" && spanIsProvisional(startDate, lastDay, env.calendar);
  return { metric: p.metric, clock: p.clock, amount, startedAt: w.start, dueAt, pausedDays, warnAt, status, metAt: w.stop, provisional };
}

/** All deadlines of the case under a policy (metrics of the case's kind), in metric order. */
export function computeCaseDeadlines(policy: readonly MetricPolicy[], c: CaseClockInput, env: DeadlineEnv): ComputedDeadline[] {
  const out: ComputedDeadline[] = [];
  for (const metric of METRIC_CODES) {
    const p = policy.find((x) => x.kind === c.kind && x.metric === metric);
    if (!p) continue;
    const d = computeMetricDeadline(p, c, env);
    if (d) out.push(d);
  }
  return out;
}

/** The nearest deadline still running (for sorting and "overdue" filters). */
export function nextCaseDue(deadlines: readonly ComputedDeadline[]): Date | null {
  // Paused deadlines move every day while paused: they are not a fixed "next due" and are left out.
  const open = deadlines.filter((d) => d.metAt === null && d.status !== "paused").map((d) => d.dueAt.getTime());
  return open.length ? new Date(Math.min(...open)) : null;
}

export function isCaseOverdue(deadlines: readonly ComputedDeadline[]): boolean {
  return deadlines.some((d) => d.status === "breached");
}
