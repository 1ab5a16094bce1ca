/**
 * Q-03 call order. Priority classes VIP / green channel / appointment / normal, with anti-starvation:
 * a normal ticket that has waited longer than the counter's limit, or any waiting normal ticket after
 * K consecutive priority calls at the window, is served next. A ticket transferred to one window is
 * served first there. Ties: earlier original issue time (kept across transfers), then id.
 * ORG-03/Q-03: a green-channel window serves green-channel tickets before VIP ones.
 */
import type { TicketPriority } from "./ticket-lifecycle.js";

export interface QueuedTicket {
  id: string;
  businessType: string;
  priority: TicketPriority;
  /** ISO instant of the customer's first issue (kept across transfers). */
  originalIssuedAt: string;
  targetWindowId: string | null;
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
}

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

const waitedMs = (t: QueuedTicket, now: Date) => now.getTime() - Date.parse(t.originalIssuedAt);
const byAge = (a: QueuedTicket, b: QueuedTicket) =>
  a.originalIssuedAt < b.originalIssuedAt ? -1 : a.originalIssuedAt > b.originalIssuedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A window calls the types it serves; a ticket transferred to a window only there. */
export function isEligibleAt(t: QueuedTicket, w: Pick<CallingWindow, "id" | "businessTypes">): boolean {
  return t.targetWindowId ? t.targetWindowId === w.id : w.businessTypes.includes(t.businessType);
}

/** Normal tickets past the wait limit (Q-03 anti-starvation), oldest first. */
export function starvingTickets<T extends QueuedTicket>(tickets: readonly T[], settings: OrderingSettings, now: Date): T[] {
  const limitMs = settings.normalWaitLimitMinutes * 60_000;
  return tickets.filter((t) => t.priority === "normal" && waitedMs(t, now) >= limitMs).sort(byAge);
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
  const normals = eligible.filter((t) => t.priority === "normal").sort(byAge);
  if (normals[0] && window.consecutivePriorityCalls >= settings.maxConsecutivePriorityCalls) {
    return { ticket: normals[0], reason: "starvation_streak" };
  }
  const first = [...eligible].sort((a, b) => priorityRank(a.priority, window) - priorityRank(b.priority, window) || byAge(a, b))[0]!;
  return { ticket: first, reason: first.priority === "normal" ? "normal" : "priority" };
}

/** Streak after a call: +1 for a priority ticket, reset by a normal one. */
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
  const rest = waiting.filter((t) => !ids.has(t.id)).sort((a, b) => priorityRank(a.priority) - priorityRank(b.priority) || byAge(a, b));
  return [...starving, ...rest];
}

/** Q-02 how many of the same business type are waiting ahead of `ticketId` in call order. */
export function waitingAheadOf<T extends QueuedTicket>(waiting: readonly T[], ticketId: string, settings: OrderingSettings, now: Date): number {
  const me = waiting.find((t) => t.id === ticketId);
  if (!me) return 0;
  const sameType = waiting.filter((t) => t.businessType === me.businessType);
  return orderQueue(sameType, settings, now).findIndex((t) => t.id === ticketId);
}
