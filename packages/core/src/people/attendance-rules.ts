/**
 * P-11 (003-1 Art.41–43, 106–107) attendance against the published roster: at the post at least 10
 * minutes before the shift; late arrival, early leave and absence are recorded; absence on 2
 * consecutive days, or on 3 or more days in a month, is flagged.
 */
import { type LocalDate, addDays } from "../shared/time.js";

export const READY_BEFORE_MINUTES = 10;

export type AttendanceStatus = "ok" | "not_ready" | "late" | "early_leave" | "late_and_early" | "absent" | "pending" | "unrostered";

export interface ShiftWindow {
  start: Date;
  end: Date;
}

/** One rostered shift of a person: the first clock-in and last clock-out around it decide its status. */
export function shiftAttendance(shift: ShiftWindow | null, clockIn: Date | null, clockOut: Date | null, now: Date): { status: AttendanceStatus; lateMinutes: number; earlyMinutes: number } {
  if (!shift) return { status: clockIn ? "unrostered" : "ok", lateMinutes: 0, earlyMinutes: 0 };
  if (!clockIn) {
    if (now >= shift.end) return { status: "absent", lateMinutes: 0, earlyMinutes: 0 };
    if (now > shift.start) return { status: "late", lateMinutes: Math.floor((now.getTime() - shift.start.getTime()) / 60_000), earlyMinutes: 0 };
    return { status: "pending", lateMinutes: 0, earlyMinutes: 0 };
  }
  const lateMinutes = Math.max(0, Math.ceil((clockIn.getTime() - shift.start.getTime()) / 60_000));
  const leftEarly = clockOut !== null && clockOut < shift.end;
  const earlyMinutes = leftEarly ? Math.ceil((shift.end.getTime() - clockOut.getTime()) / 60_000) : 0;
  if (lateMinutes > 0 && leftEarly) return { status: "late_and_early", lateMinutes, earlyMinutes };
  if (lateMinutes > 0) return { status: "late", lateMinutes, earlyMinutes };
  if (leftEarly) return { status: "early_leave", lateMinutes, earlyMinutes };
  const ready = shift.start.getTime() - clockIn.getTime() >= READY_BEFORE_MINUTES * 60_000;
  return { status: ready ? "ok" : "not_ready", lateMinutes: 0, earlyMinutes: 0 };
}

export type AbsenceFlag = "absent_two_consecutive_days" | "absent_three_days_in_month";

/** P-11 flags over a person's absent dates: 2 consecutive days; 3 or more days in one month. */
export function absenceFlags(absentDates: readonly LocalDate[]): AbsenceFlag[] {
  const dates = [...new Set(absentDates)].sort();
  const flags: AbsenceFlag[] = [];
  if (dates.some((d) => dates.includes(addDays(d, 1)))) flags.push("absent_two_consecutive_days");
  const perMonth = new Map<string, number>();
  for (const d of dates) perMonth.set(d.slice(0, 7), (perMonth.get(d.slice(0, 7)) ?? 0) + 1);
  if ([...perMonth.values()].some((n) => n >= 3)) flags.push("absent_three_days_in_month");
  return flags;
}
