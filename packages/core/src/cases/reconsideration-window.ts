/**
 * C-09 the customer may apply for reconsideration within 15 days of the reply (calendar days, day 0
 * is the reply date in the unit's time zone); the upper unit decides within 10 working days (metric
 * `reconsiderationDecision` of the policy).
 */
import { addCalendarDays } from "../calendar/add-working-days.js";
import { DomainError } from "../shared/errors.js";
import { type LocalDate, localDateOf } from "../shared/time.js";

export const RECONSIDERATION_WINDOW_DAYS = 15;

export function reconsiderationLastDay(repliedAt: Date, timeZone: string): LocalDate {
  return addCalendarDays(localDateOf(repliedAt, timeZone), RECONSIDERATION_WINDOW_DAYS);
}

export function assertReconsiderationInTime(repliedAt: Date | null, appliedAt: Date, timeZone: string): void {
  if (repliedAt === null) {
    throw new DomainError("conflict", "case_not_replied", "There is no reply to reconsider");
  }
  const lastDay = reconsiderationLastDay(repliedAt, timeZone);
  const appliedOn = localDateOf(appliedAt, timeZone);
  if (appliedOn > lastDay) {
    throw new DomainError("unprocessable", "reconsideration_out_of_time", "Reconsideration applied after the 15-day window", {
      repliedOn: localDateOf(repliedAt, timeZone),
      lastDay,
      appliedOn,
      windowDays: RECONSIDERATION_WINDOW_DAYS,
    });
  }
  if (appliedAt.getTime() < repliedAt.getTime()) {
    throw new DomainError("validation", "reconsideration_before_reply", "Application cannot precede the reply");
  }
}
