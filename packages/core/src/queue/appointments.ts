/**
 * Q-10 appointments. Elderly customers book slots (capacity per slot) and are confirmed at once.
 * VIP-room bookings by agents at least 7 days ahead; the counter head approves; the plan is confirmed
 * to the agent at least 2 days ahead. Check-in on the day turns the appointment into a priority ticket.
 */
import { DomainError } from "../shared/errors.js";
import { type LocalDate, daysBetween } from "../shared/time.js";
import type { TicketPriority } from "./ticket-lifecycle.js";

export type AppointmentKind = "elderly" | "vipRoom";
export type AppointmentStatus = "pending" | "approved" | "confirmed" | "rejected" | "cancelled" | "checkedIn";
export type AppointmentAction = "approve" | "reject" | "confirm" | "cancel" | "checkIn";

export const VIP_ROOM_MIN_DAYS_AHEAD = 7;
export const VIP_ROOM_CONFIRM_MIN_DAYS_AHEAD = 2;
export const APPOINTMENT_MAX_DAYS_AHEAD = 90;

export function initialAppointmentStatus(kind: AppointmentKind): AppointmentStatus {
  switch (kind) {
    case "elderly":
      return "confirmed";
    case "vipRoom":
      return "pending";
  }
}

/** The priority class of the ticket issued at check-in. */
export function checkInPriority(kind: AppointmentKind): TicketPriority {
  switch (kind) {
    case "elderly":
      return "appointment";
    case "vipRoom":
      return "vip";
  }
}

export function assertBookingLeadTime(kind: AppointmentKind, today: LocalDate, date: LocalDate): void {
  const ahead = daysBetween(today, date);
  if (ahead < 0) throw new DomainError("unprocessable", "appointment_in_past", "The date has passed", { date, today });
  if (ahead > APPOINTMENT_MAX_DAYS_AHEAD) {
    throw new DomainError("unprocessable", "appointment_too_far_ahead", `Book at most ${APPOINTMENT_MAX_DAYS_AHEAD} days ahead`, { date, maxDays: APPOINTMENT_MAX_DAYS_AHEAD });
  }
  if (kind === "vipRoom" && ahead < VIP_ROOM_MIN_DAYS_AHEAD) {
    throw new DomainError("unprocessable", "vip_room_booking_too_late", `The VIP room is booked at least ${VIP_ROOM_MIN_DAYS_AHEAD} days ahead`, {
      date,
      earliest: today,
      minDaysAhead: VIP_ROOM_MIN_DAYS_AHEAD,
    });
  }
}

export function nextAppointmentStatus(current: AppointmentStatus, action: AppointmentAction, kind: AppointmentKind): AppointmentStatus {
  const refuse = (): never => {
    throw new DomainError("conflict", `appointment_not_${action === "checkIn" ? "confirmed" : action === "confirm" ? "approved" : action === "cancel" ? "open" : "pending"}`, `Cannot ${action} a ${current} appointment`, {
      status: current,
      action,
    });
  };
  switch (action) {
    case "approve":
      return kind === "vipRoom" && current === "pending" ? "approved" : refuse();
    case "reject":
      return kind === "vipRoom" && (current === "pending" || current === "approved") ? "rejected" : refuse();
    case "confirm":
      return kind === "vipRoom" && current === "approved" ? "confirmed" : refuse();
    case "cancel":
      return current === "pending" || current === "approved" || current === "confirmed" ? "cancelled" : refuse();
    case "checkIn":
      return current === "confirmed" ? "checkedIn" : refuse();
  }
}

/** Q-10 the plan reaches the agent at least 2 days ahead: confirming later is refused. */
export function assertConfirmationLeadTime(today: LocalDate, date: LocalDate): void {
  const ahead = daysBetween(today, date);
  if (ahead < VIP_ROOM_CONFIRM_MIN_DAYS_AHEAD) {
    throw new DomainError("unprocessable", "confirmation_too_late", `Confirm at least ${VIP_ROOM_CONFIRM_MIN_DAYS_AHEAD} days ahead`, {
      date,
      today,
      minDaysAhead: VIP_ROOM_CONFIRM_MIN_DAYS_AHEAD,
    });
  }
}

export function assertCheckInDay(today: LocalDate, date: LocalDate): void {
  if (today !== date) throw new DomainError("unprocessable", "appointment_not_today", "Check in on the appointment day", { date, today });
}
