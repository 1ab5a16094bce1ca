/** Q-10 appointment slots: a slot that has started cannot be booked (issue 10 item 3). */
import { DomainError, localDateOf, localTimeOf } from "@ccms/core";
import type { OrgUnit } from "@ccms/db";

/** Q-10 whether a slot of `date` starting at `startTime` has started (past days included). */
export function slotStarted(counter: OrgUnit, date: string, startTime: string, now: Date): boolean {
  const today = localDateOf(now, counter.timeZone);
  return date < today || (date === today && startTime <= localTimeOf(now, counter.timeZone));
}

/** Q-10 past slots cannot be booked, and today's slots close at their start (422 slot_already_started). */
export function assertSlotNotStarted(counter: OrgUnit, date: string, startTime: string, now: Date): void {
  if (slotStarted(counter, date, startTime, now)) {
    throw new DomainError("unprocessable", "slot_already_started", "The slot has already started; choose a later one", { date, startTime });
  }
}
