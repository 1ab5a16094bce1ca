/**
 * @deprecated Old import path kept for the queue module (issue-ticket.ts, monitor-counter.ts,
 * appointments.ts) until they import the files named for what they do. Daily operations do not use it.
 */
export { assertDayNotClosed, closeOfDay } from "./close-of-day.js";
export { type LunchDutyView, lunchDutyOf } from "./lunch-duty-of.js";
export { assertSlotNotStarted, slotStarted } from "./appointment-slots.js";
