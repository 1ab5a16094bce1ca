/**
 * D-06 anyone who has left the company or is off duty but still operates in the system is
 * investigated at once and reported to the province business management centre.
 */
import type { LocalDate } from "../shared/time.js";

export type OffDutyReason = "deactivated" | "on_leave";

export interface OperatorState {
  active: boolean;
  leaves: ReadonlyArray<{ from: LocalDate; to: LocalDate; approved: boolean }>;
}

export function offDutyReason(op: OperatorState, date: LocalDate): OffDutyReason | null {
  if (!op.active) return "deactivated";
  if (op.leaves.some((l) => l.approved && l.from <= date && date <= l.to)) return "on_leave";
  return null;
}
