/**
 * P-05 drag to edit a roster (issue 14 item 4): one assignment moved to another person and/or day,
 * checked live against the hard rules; only the violations the move brings are reported.
 */
import { type RosterAssignment, type RosterInput, type RosterViolation, checkRoster } from "./roster-model.js";

export interface RosterMove {
  userId: string;
  date: string;
  toUserId: string;
  toDate: string;
}

/** The assignments after the move, or null when the moved assignment does not exist. */
export function moveAssignment(assignments: readonly RosterAssignment[], move: RosterMove): RosterAssignment[] | null {
  const i = assignments.findIndex((a) => a.userId === move.userId && a.date === move.date);
  if (i < 0) return null;
  const out = [...assignments];
  out[i] = { ...assignments[i]!, userId: move.toUserId, date: move.toDate };
  return out;
}

const key = (v: RosterViolation) => `${v.rule}|${v.userId}|${v.date ?? ""}`;

/** Violations of `after` that `before` did not have (the live check of an edit). */
export function newViolations(input: RosterInput, before: readonly RosterAssignment[], after: readonly RosterAssignment[]): RosterViolation[] {
  const old = new Set(checkRoster(input, before).map(key));
  return checkRoster(input, after).filter((v) => !old.has(key(v)));
}
