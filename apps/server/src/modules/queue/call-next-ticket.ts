/**
 * call next. The counter's queue is locked (PostgreSQL row lock; SQLite is serial) and the
 * next ticket is chosen by the core ordering rule, so parallel tellers never get the same ticket.
 */
import type { CallNextResponse } from "@ccms/contracts";
import { DomainError, type TicketPriority, effectivePriority, nextConsecutivePriorityCalls, pickNextTicket, zonedInstant } from "@ccms/core";
import { type Executor, type WindowRow, appointmentRepository, queueSettingsRepository, serviceTargetsRepository, ticketRepository, windowRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { Principal, UserPrincipal } from "../../http/principal.js";
import { loadSettings, typeNames } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { windowInScope } from "./queue-scope.js";
import { ticketView, windowView } from "./queue-views.js";
import { publishEvents, recordEvent } from "./record-queue-event.js";

/** The window must be signed in by the caller. */
export function assertMyWindow(w: WindowRow, p: UserPrincipal): void {
  if (!w.teller_id) throw new DomainError("conflict", "window_not_signed_in", "Sign in to the window first", { windowId: w.id });
  if (w.teller_id !== p.userId) throw new DomainError("forbidden", "window_not_yours", "Another teller is signed in to this window", { windowId: w.id });
}

/** Q-03 the slot of each waiting appointment ticket (ISO instants in the counter's time zone). */
async function appointmentSlots(ex: Executor, tickets: ReadonlyArray<{ id: string; appointment_id: string | null }>, timeZone: string) {
  const out = new Map<string, { startsAt: string; endsAt: string }>();
  for (const t of tickets) {
    if (!t.appointment_id) continue;
    const a = await appointmentRepository.findById(ex, t.appointment_id);
    if (a) out.set(t.id, { startsAt: zonedInstant(a.date, a.start_time, timeZone).toISOString(), endsAt: zonedInstant(a.date, a.end_time, timeZone).toISOString() });
  }
  return out;
}

export async function callNextTicket(ctx: AppContext, p: Principal, windowId: string): Promise<CallNextResponse> {
  requireQueuePermission(p, "queue.call");
  const user = p as UserPrincipal;
  const { counter } = await windowInScope(ctx.database.db, p, windowId);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const out = await ctx.tx(async (tx) => {
    await queueSettingsRepository.lockCounter(tx, ctx.database.engine, counter.id);
    const w = (await windowRepository.findById(tx, windowId))!;
    assertMyWindow(w, user);
    if (w.paused) throw new DomainError("conflict", "window_paused", "Resume the window before calling", { windowId, reason: w.paused_reason });
    const current = await ticketRepository.currentAtWindow(tx, windowId);
    if (current) {
      throw new DomainError("conflict", "window_has_active_ticket", `Finish, transfer or mark ${current.number} as no-show first`, {
        ticketId: current.id,
        number: current.number,
        status: current.status,
      });
    }
    const settings = await loadSettings(tx, counter.id);
    const types = JSON.parse(w.business_types) as string[];
    const waiting = await ticketRepository.listWaitingFor(tx, counter.id, types, w.id);
    // Q-03 an appointment is priority only inside its slot (early / grace minutes per counter).
    const slots = await appointmentSlots(tx, waiting, counter.timeZone);
    const targets = await serviceTargetsRepository.find(tx, counter.id);
    const ordering = { ...settings, ...(targets ? { appointmentEarlyMinutes: targets.appointment_early_minutes, appointmentGraceMinutes: targets.appointment_grace_minutes } : {}) };
    const pick = pickNextTicket(
      waiting.map((t) => ({ ...t, businessType: t.business_type, priority: t.priority as TicketPriority, originalIssuedAt: t.original_issued_at, targetWindowId: t.target_window_id, appointmentSlot: slots.get(t.id) ?? null })),
      {
        id: w.id,
        businessTypes: types,
        vip: w.vip === 1,
        greenChannel: w.green_channel === 1,
        consecutivePriorityCalls: w.consecutive_priority_calls,
      },
      ordering,
      now,
    );
    if (!pick) return { ticket: null, events: [] };
    const t = pick.ticket;
    const patch = { status: "called", window_id: w.id, window_number: w.number, called_at: at, served_by: user.userId, updated_at: at };
    const ok = await ticketRepository.transition(tx, t.id, "waiting", patch);
    if (!ok) throw new DomainError("conflict", "ticket_not_waiting", "The ticket was taken; call again");
    const streak = nextConsecutivePriorityCalls(w.consecutive_priority_calls, effectivePriority(t, ordering, now));
    await windowRepository.update(tx, w.id, { consecutive_priority_calls: streak, updated_at: at });
    const names = await typeNames(tx, counter.id);
    const called = { ...t, ...patch };
    const ticket = ticketView(called, names);
    const window = windowView({ ...w, consecutive_priority_calls: streak }, called, names);
    const ev = await recordEvent(tx, p, now, counter.id, "ticket.called", { ticket, window, message: pick.reason });
    return { ticket, events: [ev] };
  });
  await publishEvents(ctx, out.events);
  return { ticket: out.ticket };
}
