/**
 * D-14 urgent events (seed 003-1 Art.93–94): whoever first records an important or urgent event is its
 * first responsible person and reports it upward at once; the level above acknowledges it; an
 * acknowledgement later than the deadline escalates one level further.
 */
import type { IncidentLevel } from "./suggest-incident-level.js";

/** Default minutes for the level above to acknowledge an urgent event (CCMS_URGENT_ACK_MINUTES). */
export const DEFAULT_URGENT_ACK_MINUTES = 30;

/** D-14 an event is urgent when the reporter says so, or when its level is I or II. */
export function isUrgentEvent(f: { urgent?: boolean | undefined; level: IncidentLevel }): boolean {
  return f.urgent === true || f.level === "I" || f.level === "II";
}

/** D-14 the acknowledgement deadline: `minutes` after the upward report. */
export function urgentAckDeadline(reportedAt: string, minutes: number): string {
  return new Date(new Date(reportedAt).getTime() + minutes * 60_000).toISOString();
}

export type UrgentAckStatus = "acknowledged" | "awaiting" | "overdue" | "escalated";

export interface UrgentReportFacts {
  deadlineAt: string;
  acknowledgedAt: string | null;
  escalatedAt: string | null;
}

/** D-14 where the acknowledgement stands at `now`. */
export function urgentAckStatus(r: UrgentReportFacts, now: string): UrgentAckStatus {
  if (r.acknowledgedAt) return "acknowledged";
  if (r.escalatedAt) return "escalated";
  return now > r.deadlineAt ? "overdue" : "awaiting";
}

/** D-14 escalate once, when the deadline has passed without an acknowledgement. */
export function needsUrgentEscalation(r: UrgentReportFacts, now: string): boolean {
  return urgentAckStatus(r, now) === "overdue";
}

/**
 * D-14 the first responsible person: whoever recorded the event first (the earliest record; ties by
 * order given).
 */
export function firstResponsible(records: readonly { byId: string; at: string }[]): string | null {
  let first: { byId: string; at: string } | null = null;
  for (const r of records) if (!first || r.at < first.at) first = r;
  return first?.byId ?? null;
}

/**
 * D-14 the unit "above" a unit in a materialised path (`/a/b/c/` → b); the root reports to itself.
 */
export function unitAbove(path: string): string | null {
  const ids = path.split("/").filter((x) => x !== "");
  if (ids.length < 2) return ids[0] ?? null;
  return ids[ids.length - 2]!;
}

/** D-14 who may acknowledge: a person of the unit reported to, or of a unit above it. */
export function mayAcknowledgeUrgent(ackerUnitPath: string, reportedToPath: string): boolean {
  return reportedToPath.startsWith(ackerUnitPath);
}
