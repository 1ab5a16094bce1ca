/**
 * P-15 (seed 003-1 Art.8, Art.10) resignation: one month's written notice; before leaving, the work is
 * handed over and materials, seals and other property are returned — only then is the account closed.
 */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, daysBetween } from "../shared/time.js";

export const EXIT_CHECKLIST_ITEMS = ["workHandover", "materials", "seals", "property"] as const;
export type ExitChecklistItem = (typeof EXIT_CHECKLIST_ITEMS)[number];

export type ExitChecklist = Partial<Record<ExitChecklistItem, { doneAt: string; doneBy: string; note: string | null }>>;

/** The day one calendar month after `date` (clamped to the month's last day: 01-31 → 02-28). */
export function oneMonthAfter(date: LocalDate): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * P-15 the notice given: the last day must not be before the notice date; a last day earlier than one
 * month after the notice is allowed (dismissal, agreement) but reported as `short_notice`.
 */
export function checkExitNotice(noticeDate: LocalDate, lastDay: LocalDate): { warnings: Array<"short_notice"> } {
  if (daysBetween(noticeDate, lastDay) < 0) throw new DomainError("validation", "exit_last_day_before_notice", "The last day is before the notice date", { noticeDate, lastDay });
  return { warnings: lastDay < oneMonthAfter(noticeDate) ? ["short_notice"] : [] };
}

/** P-15 items of the hand-over checklist still open (the account may be closed when none is). */
export function openExitItems(checklist: ExitChecklist): ExitChecklistItem[] {
  return EXIT_CHECKLIST_ITEMS.filter((i) => !checklist[i]);
}

/** P-15 closing the account: every checklist item done, else `exit_checklist_open` with the items. */
export function assertExitMayClose(checklist: ExitChecklist): void {
  const open = openExitItems(checklist);
  if (open.length > 0) throw new DomainError("conflict", "exit_checklist_open", "The hand-over checklist is not complete", { open });
}
