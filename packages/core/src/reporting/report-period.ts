/**
 * Reporting periods (I-04: daily, weekly, monthly, quarterly, yearly) in the unit's local dates.
 * A week runs Monday to Sunday. A period's report is due at the level above on a default day
 * after it ends (a setting per unit later): daily → the next day; weekly → Tuesday after;
 * monthly → the 5th of the next month; quarterly → the 10th of the next month (the province's
 * quarterly information report to HQ, seed 001 十); yearly → 31 January.
 */
import { type LocalDate, addDays, daysBetween, weekdayOf, WEEKDAYS } from "../shared/time.js";

export type ReportPeriodKind = "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
export const REPORT_PERIOD_KINDS: readonly ReportPeriodKind[] = ["daily", "weekly", "monthly", "quarterly", "yearly"];

export interface ReportPeriod {
  kind: ReportPeriodKind;
  from: LocalDate;
  to: LocalDate;
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthStart = (y: number, m: number): LocalDate => {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return `${yy}-${pad(mm)}-01`;
};

/** The period of `kind` that contains `date`. */
export function periodContaining(kind: ReportPeriodKind, date: LocalDate): ReportPeriod {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  switch (kind) {
    case "daily":
      return { kind, from: date, to: date };
    case "weekly": {
      const from = addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
      return { kind, from, to: addDays(from, 6) };
    }
    case "monthly":
      return { kind, from: monthStart(y, m), to: addDays(monthStart(y, m + 1), -1) };
    case "quarterly": {
      const q = Math.floor((m - 1) / 3);
      return { kind, from: monthStart(y, q * 3 + 1), to: addDays(monthStart(y, q * 3 + 4), -1) };
    }
    case "yearly":
      return { kind, from: `${y}-01-01`, to: `${y}-12-31` };
  }
}

/** The period just before (the comparison of "vs previous period"). */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  return periodContaining(p.kind, addDays(p.from, -1));
}

/** For a free range (dashboards): the range of the same length just before it. */
export function previousRange(from: LocalDate, to: LocalDate): { from: LocalDate; to: LocalDate } {
  const days = daysBetween(from, to) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/** Default due date of a period's report at the level above. */
export function reportDueDate(p: ReportPeriod): LocalDate {
  const next = addDays(p.to, 1);
  switch (p.kind) {
    case "daily":
      return next;
    case "weekly":
      return addDays(p.to, 2);
    case "monthly":
      return addDays(next, 4);
    case "quarterly":
      return addDays(next, 9);
    case "yearly":
      return addDays(next, 30);
  }
}

export type ReportSubmissionStatus = "notDue" | "due" | "overdue" | "submitted" | "late" | "returned";

/**
 * I-04 a report's status at the level above, on `today` (the unit's local date): submitted on or
 * before its due date; late when submitted after it; returned when the level above sent it back
 * (until submitted again); overdue when not submitted past its due date.
 */
export function submissionStatus(
  p: ReportPeriod,
  s: { submittedOn: LocalDate | null; returned: boolean },
  today: LocalDate,
): ReportSubmissionStatus {
  const due = reportDueDate(p);
  if (s.returned) return "returned";
  if (s.submittedOn) return s.submittedOn <= due ? "submitted" : "late";
  if (today <= p.to) return "notDue";
  return today <= due ? "due" : "overdue";
}
