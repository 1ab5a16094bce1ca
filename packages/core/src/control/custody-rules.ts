/**
 * K-01 seals and important documents are in one person's custody, locked when the holder leaves,
 * in the safe at end of day. K-02 hand-back before a leave of more than one working day. K-03 no use
 * on blank forms (a document reference is required). K-04 monthly loss rule.
 */
import { type WorkingCalendar, addWorkingDays } from "../calendar/index.js";
import { DomainError } from "../shared/errors.js";
import { type LocalDate, addDays, daysBetween } from "../shared/time.js";

export type ControlItemStatus = "active" | "lost" | "written_off" | "used_up";

/** "已清点": the mark written on every counted custody movement (K-02). */
export const COUNTED_MARK = "已清点";

export function assertItemActive(status: ControlItemStatus): void {
  switch (status) {
    case "active":
      return;
    case "lost":
    case "written_off":
    case "used_up":
      throw new DomainError("conflict", "item_not_active", `The item is ${status}`, { status });
  }
}

/** Handing over or using an item needs the item to be held by that person (409 item_not_held). */
export function assertItemHeldBy(custodianId: string | null, userId: string): void {
  if (custodianId !== userId) {
    throw new DomainError("conflict", "item_not_held", "The item is not held by this person", { custodianId, userId });
  }
}

/** K-03 no seal on blank letters or forms: every use names the document it is on. */
export function assertUsageReference(documentRef: string): void {
  const ref = documentRef.trim();
  if (ref.length < 2 || /^(blank|空白|无|none|n\/a|-+)$/i.test(ref)) {
    throw new DomainError("validation", "document_reference_required", "A use must name the document (no blank forms)", { documentRef });
  }
}

/** Working days covered by a leave, both ends included. */
export function leaveWorkingDays(from: LocalDate, to: LocalDate, calendar: WorkingCalendar): number {
  const span = daysBetween(from, to);
  if (span < 0) throw new DomainError("validation", "leave_range_reversed", "from is after to", { from, to });
  if (span > 366) throw new DomainError("validation", "leave_too_long", "A leave longer than a year");
  let n = 0;
  for (let i = 0; i <= span; i++) if (calendar.isWorkingDay(addDays(from, i))) n++;
  return n;
}

/** The last working day before `date`. */
export function previousWorkingDay(date: LocalDate, calendar: WorkingCalendar): LocalDate {
  let d = addDays(date, -1);
  for (let guard = 0; guard < 60; guard++, d = addDays(d, -1)) if (calendar.isWorkingDay(d)) return d;
  throw new DomainError("unprocessable", "no_working_day", "No working day found");
}

/**
 * K-02 a teller off for more than one working day hands the seal to the manager the day before
 * (the working day before the leave starts). Null when no hand-back is due.
 */
export function handBackDueDate(from: LocalDate, to: LocalDate, calendar: WorkingCalendar): { workingDays: number; dueDate: LocalDate | null } {
  const workingDays = leaveWorkingDays(from, to, calendar);
  return { workingDays, dueDate: workingDays > 1 ? previousWorkingDay(from, calendar) : null };
}

/** Keep the import of addWorkingDays meaningful for callers computing next-day contact. */
export const nextWorkingDay = (date: LocalDate, calendar: WorkingCalendar): LocalDate => addWorkingDays(date, 1, calendar);

/** K-04 more than 2 important documents lost at one counter in one month → compensation finding. */
export const MONTHLY_LOSS_LIMIT = 2;

/** An incomplete set of copies counts as lost: each loss record counts its serials, at least 1. */
export function lossQuantity(serialCount: number, incompleteSet: boolean): number {
  return Math.max(serialCount, incompleteSet ? 1 : 0, 1);
}

export function monthlyLossExceeded(monthCount: number): boolean {
  return monthCount > MONTHLY_LOSS_LIMIT;
}

export const monthOf = (date: LocalDate): string => date.slice(0, 7);
