/** Migration 011 tables (issue 11 rules enforced, issue 10 the day's order). */

/** per-counter service targets; null peak_periods = default from the counter's history. */
export interface CounterServiceTargetsTable {
  counter_id: string;
  peak_periods: string | null; // JSON Record<Weekday, [from, to][]>
  off_peak_wait_minutes: number;
  peak_wait_minutes: number;
  satisfaction_target_percent: number;
  appointment_early_minutes: number;
  appointment_grace_minutes: number;
  updated_at: string;
  updated_by: string | null;
}

/** D-06 a closed business day reopened by a manager with a reason (the close as it was is kept). */
export interface DailyCloseReopenTable {
  id: string;
  counter_id: string;
  business_date: string;
  close_id: string;
  close_snapshot: string; // JSON of the daily_closes row
  reason: string;
  reopened_by: string;
  reopened_at: string;
}

/** CAL-03, D-06 alerts raised by the interval job: one per counter, day, kind and key. */
export interface ServiceAlertTable {
  id: string;
  counter_id: string;
  business_date: string;
  kind: string;
  alert_key: string;
  severity: string;
  data: string; // JSON
  raised_at: string;
}

export interface RulesEnforcedTables {
  counter_service_targets: CounterServiceTargetsTable;
  daily_close_reopens: DailyCloseReopenTable;
  service_alerts: ServiceAlertTable;
}
