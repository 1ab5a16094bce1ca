/**
 * P-06 (003-1 Art.34–35) shift swaps: applied at least 1 working day ahead and approved by the
 * authorised approver; at most 2 voluntary swaps per person a month (a warning the approver sees);
 * day staff do not swap with night staff unless approved as an exception.
 */
import { addWorkingDays } from "../calendar/add-working-days.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { LocalDate } from "../shared/time.js";

export const MONTHLY_SWAP_LIMIT = 2;
export type ShiftKind = "day" | "night";

export interface SwapRequestInput {
  date: LocalDate;
  filedOn: LocalDate;
  requesterId: string;
  withUserId: string;
  fromShift: ShiftKind;
  toShift: ShiftKind;
  /** Asked as an exception (day↔night). */
  exception: boolean;
  /** The requester's swaps (pending or approved) already in that month. */
  swapsThisMonth: number;
}

export type SwapViolation = "swap_notice_too_short" | "swap_with_self" | "swap_day_night";
export type SwapWarning = "swap_monthly_limit" | "swap_day_night_exception";

export function checkSwapRequest(input: SwapRequestInput, calendar: WorkingCalendar): { violations: SwapViolation[]; warnings: SwapWarning[] } {
  const violations: SwapViolation[] = [];
  const warnings: SwapWarning[] = [];
  if (input.withUserId === input.requesterId) violations.push("swap_with_self");
  // at least 1 working day ahead: the swap day is on or after the next working day after filing
  if (input.date < addWorkingDays(input.filedOn, 1, calendar)) violations.push("swap_notice_too_short");
  if (input.fromShift !== input.toShift) {
    if (input.exception) warnings.push("swap_day_night_exception");
    else violations.push("swap_day_night");
  }
  if (input.swapsThisMonth >= MONTHLY_SWAP_LIMIT) warnings.push("swap_monthly_limit");
  return { violations, warnings };
}
