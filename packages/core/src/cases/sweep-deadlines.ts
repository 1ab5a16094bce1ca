/**
 * Sweeper rule: what is warning or breached at instant T. Pure: the caller passes the computed
 * deadlines, the alerts already raised (by key), whether the unit is open at T (reminders only in
 * the unit's working hours) and T itself.
 *
 * Warnings are reminders: raised only while the unit is open (else deferred to the next sweep in
 * working hours). Breaches are facts: always raised at the first sweep after the deadline.
 */
import type { ComputedDeadline } from "./compute-deadlines.js";
import type { MetricCode } from "./case-model.js";

export interface DueAlert {
  key: string;
  metric: MetricCode;
  kind: "warning" | "breach";
  threshold: number | null;
  dueAt: Date;
}

export interface SweepOutcome {
  alerts: DueAlert[];
  /** Warnings due now but held back because the unit is closed. */
  deferred: number;
}

export function caseAlertKey(metric: MetricCode, kind: "warning" | "breach", threshold: number | null, dueAt: Date): string {
  return `${metric}:${kind}:${threshold ?? "-"}:${dueAt.toISOString()}`;
}

export function sweepDeadlines(
  deadlines: readonly ComputedDeadline[],
  warnPercents: (metric: MetricCode) => readonly number[],
  raised: ReadonlySet<string>,
  unitOpen: boolean,
  now: Date,
): SweepOutcome {
  const alerts: DueAlert[] = [];
  let deferred = 0;
  for (const d of deadlines) {
    if (d.metAt !== null || d.status === "paused") continue;
    if (now.getTime() > d.dueAt.getTime()) {
      const key = caseAlertKey(d.metric, "breach", null, d.dueAt);
      if (!raised.has(key)) alerts.push({ key, metric: d.metric, kind: "breach", threshold: null, dueAt: d.dueAt });
      continue;
    }
    const pcts = [...warnPercents(d.metric)].sort((a, b) => a - b);
    // Only the highest threshold passed is raised (no burst of stale lower reminders).
    let best: number | null = null;
    pcts.forEach((p, i) => {
      const at = d.warnAt[i];
      if (at && at.getTime() <= now.getTime()) best = p;
    });
    if (best === null) continue;
    const key = caseAlertKey(d.metric, "warning", best, d.dueAt);
    if (raised.has(key)) continue;
    if (!unitOpen) {
      deferred++;
      continue;
    }
    alerts.push({ key, metric: d.metric, kind: "warning", threshold: best, dueAt: d.dueAt });
  }
  return { alerts, deferred };
}

/** C-07 an overtime on these metrics without approval is a finding against the unit and the handler. */
export function breachIsFinding(metric: MetricCode): boolean {
  return metric === "reply" || metric === "reconsiderationDecision";
}
