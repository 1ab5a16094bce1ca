/**
 * CAL-04 devices follow the clock (issue 10): the counter's schedule as a device needs it — open now,
 * the next boundary instant (opening or closing) and the next opening. Days are scanned with the
 * calendar's `framesOn` (weekday frames, make-up workdays, closures, holidays); frames that touch
 * (12:00–12:00, a 7×24 day ending at midnight and the next starting at 00:00) merge, so no false
 * boundary is reported. A calendar year without data ends the scan (the boundary is then unknown).
 */
import { type CounterHours, framesOn, isCounterOpenAt } from "../calendar/business-hours.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { type LocalDate, addDays, localDateOf, minutesOfDay, zonedInstant } from "../shared/time.js";

export interface OpeningSchedule {
  /** Open at `now` (the same answer as isCounterOpenAt). */
  open: boolean;
  /** The next instant at which `open` flips, or null when none is known within the horizon. */
  nextChangeAt: Date | null;
  /** The next opening instant strictly after `now` (after the current open period when open). */
  nextOpeningAt: Date | null;
}

interface Interval {
  start: number;
  end: number;
}

function frameInstant(date: LocalDate, time: string, tz: string): number {
  const m = minutesOfDay(time);
  if (m >= 24 * 60) return zonedInstant(addDays(date, 1), "00:00", tz).getTime() + (m - 24 * 60) * 60_000;
  return zonedInstant(date, time, tz).getTime();
}

/** Open intervals from the day before `now` up to `maxDays` ahead, merged where they touch. */
function openIntervals(now: Date, counter: CounterHours, calendar: WorkingCalendar, maxDays: number): Interval[] {
  const today = localDateOf(now, counter.timeZone);
  const raw: Interval[] = [];
  for (let i = -1; i <= maxDays; i++) {
    const d = addDays(today, i);
    let frames;
    try {
      frames = framesOn(d, counter.businessHours, calendar);
    } catch {
      if (i < 0) continue; // yesterday in an unknown year only matters for overnight joins
      break;
    }
    for (const [a, b] of frames) raw.push({ start: frameInstant(d, a, counter.timeZone), end: frameInstant(d, b, counter.timeZone) });
  }
  raw.sort((x, y) => x.start - y.start);
  const merged: Interval[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

export function nextOpeningChange(now: Date, counter: CounterHours, calendar: WorkingCalendar, maxDays = 14): OpeningSchedule {
  let open: boolean;
  try {
    open = isCounterOpenAt(now, counter, calendar);
  } catch {
    open = false;
  }
  const t = now.getTime();
  const intervals = openIntervals(now, counter, calendar, maxDays);
  if (open) {
    const current = intervals.find((iv) => iv.start <= t && t < iv.end);
    // A period that runs past the scanned days (7×24) has no known closing.
    const limit = zonedInstant(addDays(localDateOf(now, counter.timeZone), maxDays + 1), "00:00", counter.timeZone).getTime();
    const closesAt = current && current.end < limit ? current.end : null;
    const after = intervals.find((iv) => iv.start > t && (!current || iv.start >= current.end));
    return { open, nextChangeAt: closesAt === null ? null : new Date(closesAt), nextOpeningAt: after ? new Date(after.start) : null };
  }
  const next = intervals.find((iv) => iv.start > t);
  return { open, nextChangeAt: next ? new Date(next.start) : null, nextOpeningAt: next ? new Date(next.start) : null };
}
