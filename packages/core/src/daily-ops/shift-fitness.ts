/**
 * D-12 pre-shift fitness and the weekly team meeting (seed 003-1 Art.91–92): the pre-shift meeting
 * records each person's fitness for duty; a person judged unfit is sent off the floor that day (no
 * window sign-in) and the roster adjusted; the shift lead holds a team meeting every week.
 */
import { addDays, weekdayOf } from "../shared/time.js";
import type { LocalDate } from "../shared/time.js";

export type FitnessVerdict = "fit" | "unfit";

export interface FitnessCheck {
  userId: string;
  businessDate: LocalDate;
  verdict: FitnessVerdict;
  checkedAt: string;
}

/**
 * D-12 the verdict that holds for a person on a date: the latest check of that day (a person judged
 * unfit may be judged fit again later that day, "待情况好转后上崗").
 */
export function fitnessOn(checks: readonly FitnessCheck[], userId: string, date: LocalDate): FitnessVerdict | null {
  let best: FitnessCheck | null = null;
  for (const c of checks) {
    if (c.userId !== userId || c.businessDate !== date) continue;
    if (!best || c.checkedAt >= best.checkedAt) best = c;
  }
  return best?.verdict ?? null;
}

/** D-12 sign-in at a window is refused when the day's verdict is "unfit". */
export function mayTakeWindow(checks: readonly FitnessCheck[], userId: string, date: LocalDate): boolean {
  return fitnessOn(checks, userId, date) !== "unfit";
}

/** D-12 an unfit verdict needs a note (what was observed), a fit one does not. */
export function fitnessNoteMissing(verdict: FitnessVerdict, note: string | null | undefined): boolean {
  return verdict === "unfit" && (note ?? "").trim() === "";
}

/** The Monday of the week a date falls in. */
export function weekStartOf(d: LocalDate): LocalDate {
  const offset = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(weekdayOf(d));
  return addDays(d, -offset);
}

/**
 * D-12 (Art.92) the weeks (Mondays) between `from` and `to` (inclusive, whole weeks touched) without a
 * team meeting held on any of their days.
 */
export function weeksWithoutTeamMeeting(heldOn: readonly LocalDate[], from: LocalDate, to: LocalDate): LocalDate[] {
  const held = new Set(heldOn.map(weekStartOf));
  const out: LocalDate[] = [];
  for (let w = weekStartOf(from); w <= to; w = addDays(w, 7)) if (!held.has(w)) out.push(w);
  return out;
}
