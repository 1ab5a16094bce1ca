/**
 * P-07 leave requests (003-1 Art.38–40): sick or personal leave at least 3 days ahead (sudden illness:
 * filed afterwards, with a certificate); sick leave needs a certificate (diagnosis or hospital
 * record); annual, marriage and maternity leave at least one month ahead; at most one person of a
 * centre on annual leave at the same time. P-10 (004 第十条(二)) absent more than half a working day →
 * a delegate handles the work.
 */
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { type LocalDate, addDays, daysBetween } from "../shared/time.js";
import { oneMonthAfter } from "./staff-exit.js";

export const LEAVE_REQUEST_KINDS = ["personal", "sick", "annual", "marriage", "maternity", "bereavement"] as const;
export type LeaveRequestKind = (typeof LEAVE_REQUEST_KINDS)[number];

/** P-07 days ahead for sick and personal leave. */
export const SHORT_LEAVE_NOTICE_DAYS = 3;
/** Kinds that must be asked one month ahead. */
export const MONTH_AHEAD_KINDS: readonly LeaveRequestKind[] = ["annual", "marriage", "maternity"];

export interface LeaveRequestInput {
  kind: LeaveRequestKind;
  from: LocalDate;
  to: LocalDate;
  halfDay: "am" | "pm" | null;
  /** P-07 sudden illness, filed afterwards. */
  sudden: boolean;
  certificateRef: string | null;
  delegateUserId: string | null;
  /** The day the request is filed (the unit's local date). */
  filedOn: LocalDate;
}

export interface LeaveContext {
  calendar: WorkingCalendar;
  /** Other annual leave of the same centre overlapping the period. */
  annualOverlap: { approved: number; pending: number };
  /** The person's own pending or approved leave overlapping the period. */
  ownOverlap: number;
}

export type LeaveViolation =
  | "leave_range_reversed"
  | "leave_too_long"
  | "half_day_spans_days"
  | "leave_no_working_day"
  | "leave_in_past"
  | "leave_notice_too_short"
  | "sudden_only_for_sick"
  | "sick_certificate_required"
  | "annual_leave_taken"
  | "leave_overlaps"
  | "delegate_required";
export type LeaveWarning = "annual_leave_pending_overlap" | "sudden_illness_filed_afterwards";

/** Length in half working days: a half day is 1, each working day in the range 2. */
export function leaveHalfDays(from: LocalDate, to: LocalDate, halfDay: "am" | "pm" | null, calendar: WorkingCalendar): number {
  if (halfDay) return calendar.isWorkingDay(from) ? 1 : 0;
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n += 2;
  return n;
}

export function checkLeaveRequest(input: LeaveRequestInput, ctx: LeaveContext): { violations: LeaveViolation[]; warnings: LeaveWarning[]; halfDays: number } {
  const violations: LeaveViolation[] = [];
  const warnings: LeaveWarning[] = [];
  const span = daysBetween(input.from, input.to);
  if (span < 0) return { violations: ["leave_range_reversed"], warnings, halfDays: 0 };
  if (span > 366) return { violations: ["leave_too_long"], warnings, halfDays: 0 };
  if (input.halfDay && span !== 0) violations.push("half_day_spans_days");
  const halfDays = leaveHalfDays(input.from, input.to, input.halfDay, ctx.calendar);
  if (halfDays === 0) violations.push("leave_no_working_day");

  const ahead = daysBetween(input.filedOn, input.from);
  if (input.sudden) {
    // P-07 sudden illness: notify, then file afterwards with the certificate.
    if (input.kind !== "sick") violations.push("sudden_only_for_sick");
    else if (ahead < 0) warnings.push("sudden_illness_filed_afterwards");
  } else if (ahead < 0) {
    violations.push("leave_in_past");
  } else if (MONTH_AHEAD_KINDS.includes(input.kind)) {
    if (input.from < oneMonthAfter(input.filedOn)) violations.push("leave_notice_too_short");
  } else if (input.kind === "sick" || input.kind === "personal") {
    if (ahead < SHORT_LEAVE_NOTICE_DAYS) violations.push("leave_notice_too_short");
  }
  if (input.kind === "sick" && !input.certificateRef?.trim()) violations.push("sick_certificate_required");
  if (input.kind === "annual") {
    if (ctx.annualOverlap.approved > 0) violations.push("annual_leave_taken");
    else if (ctx.annualOverlap.pending > 0) warnings.push("annual_leave_pending_overlap");
  }
  if (ctx.ownOverlap > 0) violations.push("leave_overlaps");
  if (halfDays > 1 && !input.delegateUserId) violations.push("delegate_required");
  return { violations, warnings, halfDays };
}
