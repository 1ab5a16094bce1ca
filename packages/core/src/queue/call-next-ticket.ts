/**
 * Q-03 call order. Priority classes VIP / green channel / appointment / normal, with anti-starvation:
 * a normal ticket that has waited longer than the counter's limit, or any waiting normal ticket after
 * K consecutive priority calls at the window, is served next. A ticket transferred to one window is
 * served first there. Ties: earlier original issue time (kept across transfers), then id.
 * ORG-03/Q-03: a green-channel window serves green-channel tickets before VIP ones.
 * Q-03 fairness: appointment tickets are protected from starvation by VIP/green streams as normal
 * tickets are; an appointment is priority only inside its slot — an early arrival waits as normal
 * until the slot starts (less `appointmentEarlyMinutes`), a late one keeps priority for
 * `appointmentGraceMinutes` after the slot ends, then waits as normal.
 */
import type { TicketPriority } from "./ticket-lifecycle.js";

export interface QueuedTicket {
  id: string;
  businessType: string;
  priority: TicketPriority;
  /** ISO instant of the customer's first issue (kept across transfers). */
  originalIssuedAt: string;
  targetWindowId: string | null;
  /** Q-03 an appointment ticket's slot (ISO instants); priority holds only inside it. */
  appointmentSlot?: { startsAt: string; endsAt: string } | null;
}

export interface CallingWindow {
  id: string;
  businessTypes: readonly string[];
  vip: boolean;
  greenChannel: boolean;
  /** Priority tickets called in a row at this window since its last normal ticket. */
  consecutivePriorityCalls: number;
}

export interface OrderingSettings {
  normalWaitLimitMinutes: number;
  maxConsecutivePriorityCalls: number;
  /** Q-03 minutes before its slot start an appointment counts as priority (default 0). */
  appointmentEarlyMinutes?: number;
  /** Q-03 minutes after its slot end a late appointment keeps priority (default 15). */
  appointmentGraceMinutes?: number;
}

export const DEFAULT_APPOINTMENT_EARLY_MINUTES = 0;
export const DEFAULT_APPOINTMENT_GRACE_MINUTES = 15;

export type PickReason = "transfer" | "starvation_wait" | "starvation_streak" | "priority" | "normal";

export interface TicketPick<T extends QueuedTicket> {
  ticket: T;
  reason: PickReason;
}

export function priorityRank(p: TicketPriority, window?: { vip: boolean; greenChannel: boolean }): number {
  switch (p) {
    case "vip":
      return window?.greenChannel && !window.vip ? 1 : 0;
    case "green":
      return window?.greenChannel && !window.vip ? 0 : 1;
    case "appointment":
      return 2;
    case "normal":
      return 3;
  }
}

/**
 * Q-03 the class a ticket is called in now: an appointment outside its slot (early, or late past the
 * grace period) is called as a normal ticket; every other class is as issued.
 */
export function effectivePriority(t: QueuedTicket, settings: OrderingSettings, now: Date): TicketPriority {
  if (t.priority !== "appointment" || !t.appointmentSlot) return t.priority;
  const early = (settings.appointmentEarlyMinutes ?? DEFAULT_APPOINTMENT_EARLY_MINUTES) * 60_000;
  const grace = (settings.appointmentGraceMinutes ?? DEFAULT_APPOINTMENT_GRACE_MINUTES) * 60_000;
  const at = now.getTime();
  if (at < Date.parse(t.appointmentSlot.startsAt) - early) return "normal";
  if (at > Date.parse(t.appointmentSlot.endsAt) + grace) return "normal";
  return "appointment";
}

/** Q-03 classes protected from starvation by VIP/green streams: normal and appointment tickets. */
const isProtected = (p: TicketPriority) => p === "normal" || p === "appointment";

const waitedMs = (t: QueuedTicket, now: Date) => now.getTime() - Date.parse(t.originalIssuedAt);
const byAge = (a: QueuedTicket, b: QueuedTicket) =>
  a.originalIssuedAt < b.originalIssuedAt ? -1 : a.originalIssuedAt > b.originalIssuedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A window calls the types it serves; a ticket transferred to a window only there. */
export function isEligibleAt(t: QueuedTicket, w: Pick<CallingWindow, "id" | "businessTypes">): boolean {
  return t.targetWindowId ? t.targetWindowId === w.id : w.businessTypes.includes(t.businessType);
}

/** Normal and appointment tickets past the wait limit (Q-03 anti-starvation), oldest first. */
export function starvingTickets<T extends QueuedTicket>(tickets: readonly T[], settings: OrderingSettings, now: Date): T[] {
  const limitMs = settings.normalWaitLimitMinutes * 60_000;
  return tickets.filter((t) => isProtected(effectivePriority(t, settings, now)) && waitedMs(t, now) >= limitMs).sort(byAge);
}

/** The next ticket for a window, or null when nobody eligible waits. Pure: the caller locks and persists. */
export function pickNextTicket<T extends QueuedTicket>(
  waiting: readonly T[],
  window: CallingWindow,
  settings: OrderingSettings,
  now: Date,
): TicketPick<T> | null {
  const eligible = waiting.filter((t) => isEligibleAt(t, window));
  if (eligible.length === 0) return null;
  const targeted = eligible.filter((t) => t.targetWindowId === window.id).sort(byAge);
  if (targeted[0]) return { ticket: targeted[0], reason: "transfer" };
  const starving = starvingTickets(eligible, settings, now);
  if (starving[0]) return { ticket: starving[0], reason: "starvation_wait" };
  const prio = new Map(eligible.map((t) => [t.id, effectivePriority(t, settings, now)]));
  // Q-03 after K consecutive priority calls the oldest protected ticket (normal or appointment) is next.
  const protectedOnes = eligible.filter((t) => isProtected(prio.get(t.id)!)).sort(byAge);
  if (protectedOnes[0] && window.consecutivePriorityCalls >= settings.maxConsecutivePriorityCalls) {
    return { ticket: protectedOnes[0], reason: "starvation_streak" };
  }
  const first = [...eligible].sort((a, b) => priorityRank(prio.get(a.id)!, window) - priorityRank(prio.get(b.id)!, window) || byAge(a, b))[0]!;
  return { ticket: first, reason: prio.get(first.id) === "normal" ? "normal" : "priority" };
}

/**
 * Streak after a call: +1 for a priority ticket (VIP, green, appointment in its slot), reset by a
 * normal one — pass the class the ticket was called in (`effectivePriority`). While the streak is at
 * K, each call takes the oldest protected ticket, so normal tickets still come within K + the
 * appointments ahead of them.
 */
export function nextConsecutivePriorityCalls(previous: number, called: TicketPriority): number {
  return called === "normal" ? 0 : previous + 1;
}

/**
 * Counter-wide call order for displays and "waiting ahead": starving normal tickets first, then by
 * priority class and age. (Each window still picks with pickNextTicket.)
 */
export function orderQueue<T extends QueuedTicket>(waiting: readonly T[], settings: OrderingSettings, now: Date): T[] {
  const starving = starvingTickets(waiting, settings, now);
  const ids = new Set(starving.map((t) => t.id));
  const rest = waiting.filter((t) => !ids.has(t.id)).sort((a, b) => priorityRank(effectivePriority(a, settings, now)) - priorityRank(effectivePriority(b, settings, now)) || byAge(a, b));
  return [...starving, ...rest];
}

/** Q-02 how many of the same business type are waiting ahead of `ticketId` in call order. */
export function waitingAheadOf<T extends QueuedTicket>(waiting: readonly T[], ticketId: string, settings: OrderingSettings, now: Date): number {
  const me = waiting.find((t) => t.id === ticketId);
  if (!me) return 0;
  const sameType = waiting.filter((t) => t.businessType === me.businessType);
  return orderQueue(sameType, settings, now).findIndex((t) => t.id === ticketId);
}
