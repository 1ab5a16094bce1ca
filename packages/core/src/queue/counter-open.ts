/** CAL-04 hours are kept exactly: a ticket outside business hours is refused with the next opening. */
import { type CounterHours, framesOn, isCounterOpenAt } from "../calendar/business-hours.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { DomainError } from "../shared/errors.js";
import { addDays, localDateOf, zonedInstant } from "../shared/time.js";

/** The next frame start after `now` within `maxDays`, or null (unknown calendar years stop the search). */
export function nextCounterOpening(now: Date, counter: CounterHours, calendar: WorkingCalendar, maxDays = 14): Date | null {
  const today = localDateOf(now, counter.timeZone);
  for (let i = 0; i <= maxDays; i++) {
    const d = addDays(today, i);
    let frames;
    try {
      frames = framesOn(d, counter.businessHours, calendar);
    } catch {
      return null;
    }
    for (const [start] of frames) {
      const at = zonedInstant(d, start, counter.timeZone);
      if (at.getTime() > now.getTime()) return at;
    }
  }
  return null;
}

export function assertCounterOpen(now: Date, counter: CounterHours, calendar: WorkingCalendar): void {
  if (isCounterOpenAt(now, counter, calendar)) return;
  const next = nextCounterOpening(now, counter, calendar);
  throw new DomainError("unprocessable", "counter_closed", "The counter is closed now (CAL-04)", {
    nextOpening: next ? next.toISOString() : null,
  });
}
