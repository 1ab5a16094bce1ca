/**
 * Live monitor (Q-06, Q-07, ORG-03): alerts when a wait or a service passes its limit or is about to,
 * when today's average wait breaks the target, and the ORG-03 VIP-window finding. Projected waits.
 */
import type { QueueSettingsValues } from "./queue-settings.js";
import type { VipWindowFinding } from "./vip-window-finding.js";

export type MonitorAlertKind =
  | "wait_exceeded"
  | "wait_near_limit"
  | "service_exceeded"
  | "service_near_limit"
  | "average_wait_exceeded"
  | "average_wait_near_target"
  | "vip_window_missing";

export interface MonitorAlertItem {
  kind: MonitorAlertKind;
  severity: "warning" | "critical";
  rule: "Q-06" | "Q-07" | "ORG-03";
  ticketId: string | null;
  ticketNumber: string | null;
  windowId: string | null;
  windowNumber: number | null;
  seconds: number | null;
  limitSeconds: number | null;
}

export interface MonitorInput {
  now: Date;
  settings: QueueSettingsValues;
  waiting: ReadonlyArray<{ id: string; number: string; originalIssuedAt: string }>;
  serving: ReadonlyArray<{ id: string; number: string; startedAt: string; windowId: string; windowNumber: number }>;
  /** Today's average wait so far (seconds), counting tickets still waiting at their current wait. */
  averageWaitSeconds: number | null;
  finding: VipWindowFinding | null;
}

const elapsed = (from: string, now: Date) => Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / 1000));

export function monitorAlerts(input: MonitorInput): MonitorAlertItem[] {
  const { now, settings } = input;
  const lead = settings.alertLeadMinutes * 60;
  const out: MonitorAlertItem[] = [];
  const base = { ticketId: null, ticketNumber: null, windowId: null, windowNumber: null };
  const peak = settings.peakWaitLimitMinutes * 60; // Q-07 peak limit per customer
  for (const t of input.waiting) {
    const s = elapsed(t.originalIssuedAt, now);
    if (s >= peak) out.push({ ...base, kind: "wait_exceeded", severity: "critical", rule: "Q-07", ticketId: t.id, ticketNumber: t.number, seconds: s, limitSeconds: peak });
    else if (s >= peak - lead) out.push({ ...base, kind: "wait_near_limit", severity: "warning", rule: "Q-07", ticketId: t.id, ticketNumber: t.number, seconds: s, limitSeconds: peak });
  }
  const handling = settings.handlingLimitMinutes * 60;
  for (const t of input.serving) {
    const s = elapsed(t.startedAt, now);
    const row = { ...base, ticketId: t.id, ticketNumber: t.number, windowId: t.windowId, windowNumber: t.windowNumber, seconds: s, limitSeconds: handling };
    if (s >= handling) out.push({ ...row, kind: "service_exceeded", severity: "critical", rule: "Q-06" });
    else if (s >= handling - lead) out.push({ ...row, kind: "service_near_limit", severity: "warning", rule: "Q-06" });
  }
  const target = settings.waitTargetMinutes * 60; // Q-07 daily average
  const a = input.averageWaitSeconds;
  if (a !== null) {
    if (a > target) out.push({ ...base, kind: "average_wait_exceeded", severity: "critical", rule: "Q-07", seconds: a, limitSeconds: target });
    else if (a >= target - lead) out.push({ ...base, kind: "average_wait_near_target", severity: "warning", rule: "Q-07", seconds: a, limitSeconds: target });
  }
  if (input.finding) out.push({ ...base, kind: "vip_window_missing", severity: "warning", rule: "ORG-03", seconds: null, limitSeconds: null });
  return out;
}

/** Projected wait for a ticket issued now: people ahead × average service ÷ open windows serving the type. */
export function projectedWaitSeconds(waitingAhead: number, avgServiceSeconds: number, openWindows: number): number {
  return Math.round((waitingAhead * avgServiceSeconds) / Math.max(1, openWindows));
}
