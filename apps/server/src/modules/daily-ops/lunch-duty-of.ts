/** CAL-03 lunch duty: whether at least one person served at noon where the unit has lunch duty. */
import { type LunchDutyStatus, framesOn, localDateOf, localTimeOf, lunchDutyStatus, noonWindow } from "@ccms/core";
import { type Executor, type OrgUnit, ticketRepository } from "@ccms/db";
import { calendarForUnit } from "../calendar/calendar-service.js";

export interface LunchDutyView {
  required: boolean;
  window: { from: string; to: string };
  status: LunchDutyStatus;
  userIds: string[];
}

/**
 * CAL-03 where the unit has lunch duty (the counter's setting; on by default in prefecture-level
 * cities and above), whether at least one person served at noon: a ticket called or served by
 * someone during the gap between the morning and afternoon frames (or 12:00–14:00).
 */
export async function lunchDutyOf(ex: Executor, counter: OrgUnit, businessDate: string, now: Date): Promise<LunchDutyView> {
  const calendar = await calendarForUnit(ex, counter);
  let frames: Array<[string, string]> = [];
  try {
    frames = framesOn(businessDate, counter.businessHours, calendar, counter.alwaysOpen);
  } catch {
    frames = [];
  }
  const window = noonWindow(frames);
  const required = counter.lunchDuty && frames.length > 0;
  const tickets = required ? await ticketRepository.listInRange(ex, { counterId: counter.id, from: businessDate, to: businessDate }) : [];
  const tz = counter.timeZone;
  const presence = tickets
    .filter((t) => t.called_at && t.served_by)
    .map((t) => {
      const end = t.finished_at ?? (t.status === "called" || t.status === "serving" ? now.toISOString() : t.called_at!);
      return { from: localTimeOf(new Date(t.called_at!), tz), to: localDateOf(new Date(end), tz) > businessDate ? "24:00" : localTimeOf(new Date(end), tz), userId: t.served_by! };
    })
    .map((x) => (x.to < x.from ? { ...x, to: x.from } : x))
    // a ticket called and finished in the same minute still counts as serving in that minute
    .map((x) => (x.to === x.from ? { ...x, to: bumpMinute(x.to) } : x));
  const today = localDateOf(now, tz);
  const r = lunchDutyStatus({ required, window, presence, nowLocal: localTimeOf(now, tz), isPastDay: businessDate < today });
  return { required, window, status: r.status, userIds: r.userIds };
}

function bumpMinute(t: string): string {
  const [h, m] = t.split(":").map(Number) as [number, number];
  const n = Math.min(24 * 60, h * 60 + m + 1);
  return `${String(Math.floor(n / 60)).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`;
}
