/**
 * P-12/P-13 entries the system makes from facts, each with a stable source key so that the same fact
 * delivered twice makes one entry:
 * - C-12/C-13 a responsible ruling → the responsible person's deduction; a C-13 repeat (handler
 *   unreachable) counts once for the outlet, not against the earlier handler (no personal entry).
 * - seed 003 Art.106.6 absent two consecutive days → −10 (one per run of consecutive absent days);
 *   Art.107.3 three or more absent days in a month → its entry (a termination proposal), once a month.
 * - Art.106.1 a day worked without being rostered and without an approved swap → unapproved swap −5.
 * - Art.104.1 full attendance +1 for a month without lateness, early leave, absence, leave or swap;
 *   any swap voids the month's award.
 */
import { type LocalDate, addDays } from "../../shared/time.js";

export interface AutomaticEntry {
  sourceKey: string;
  userId: string;
  ruleCode: string;
  date: LocalDate;
  evidenceKind: string;
  evidenceId: string;
}

export interface RulingFacts {
  rulingId: string;
  caseId: string;
  employeeId: string | null;
  outcome: string;
  repeatOf?: string | null;
}

export function rulingDeduction(r: RulingFacts, date: LocalDate): AutomaticEntry | null {
  if (r.outcome !== "responsible" || !r.employeeId) return null;
  if (r.repeatOf) return null; // C-13 counts once for the outlet
  return { sourceKey: `ruling:${r.rulingId}`, userId: r.employeeId, ruleCode: "responsible_complaint", date, evidenceKind: "case", evidenceId: r.caseId };
}

export type DayStatus = "ok" | "not_ready" | "late" | "early_leave" | "late_and_early" | "absent" | "pending" | "unrostered";

export interface MonthAttendance {
  userId: string;
  /** YYYY-MM */
  month: string;
  days: ReadonlyArray<{ date: LocalDate; status: DayStatus }>;
  /** Dates of approved swaps the person took part in that month. */
  approvedSwapDates: readonly LocalDate[];
  /** Dates covered by approved leave. */
  leaveDates: readonly LocalDate[];
  /** True when the month is over (full attendance is only awarded then). */
  monthClosed: boolean;
}

export interface AttendanceOutcome {
  entries: AutomaticEntry[];
  /** The month's full-attendance award must not stand (a swap, absence or lateness). */
  voidFullAttendance: boolean;
}

export function attendanceEntries(m: MonthAttendance): AttendanceOutcome {
  const entries: AutomaticEntry[] = [];
  const absent = [...new Set(m.days.filter((d) => d.status === "absent").map((d) => d.date))].sort();
  const absentSet = new Set(absent);
  for (const d of absent) {
    // the first day of each run of ≥ 2 consecutive absent days
    if (!absentSet.has(addDays(d, -1)) && absentSet.has(addDays(d, 1))) {
      entries.push({ sourceKey: `absent2:${m.userId}:${d}`, userId: m.userId, ruleCode: "absent_two_days", date: d, evidenceKind: "attendance", evidenceId: `${m.userId}:${d}` });
    }
  }
  // Art.107.3 three or more absent days in the month: proposed (termination per HQ rules), once a month
  if (absent.length >= 3) {
    entries.push({ sourceKey: `absent3:${m.userId}:${m.month}`, userId: m.userId, ruleCode: "absent_three_days_month", date: absent[2]!, evidenceKind: "attendance", evidenceId: `${m.userId}:${m.month}` });
  }
  const swapDates = new Set(m.approvedSwapDates);
  const unapproved = m.days.filter((d) => d.status === "unrostered" && !swapDates.has(d.date)).map((d) => d.date);
  for (const d of unapproved) {
    entries.push({ sourceKey: `swap:${m.userId}:${d}`, userId: m.userId, ruleCode: "unapproved_swap", date: d, evidenceKind: "attendance", evidenceId: `${m.userId}:${d}` });
  }
  const blemish = m.days.some((d) => d.status === "absent" || d.status === "late" || d.status === "early_leave" || d.status === "late_and_early");
  const anySwap = m.approvedSwapDates.length > 0 || unapproved.length > 0;
  const voidFullAttendance = blemish || anySwap || m.leaveDates.length > 0;
  const rostered = m.days.some((d) => d.status !== "unrostered");
  if (m.monthClosed && rostered && !voidFullAttendance) {
    const last = addDays(`${nextMonth(m.month)}-01`, -1);
    entries.push({ sourceKey: `full:${m.userId}:${m.month}`, userId: m.userId, ruleCode: "full_attendance", date: last, evidenceKind: "attendance", evidenceId: `${m.userId}:${m.month}` });
  }
  return { entries, voidFullAttendance };
}

function nextMonth(month: string): string {
  const [y, mo] = month.split("-").map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}
