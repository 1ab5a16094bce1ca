/**
 * Q-04 a teller signs in to a window, pauses it with a reason (CAL-04 "暂停服务"), resumes, raises a
 * hand to invite the called customer (举手服务), signs out. Audited (except raise hand).
 */
import type { WindowResponse } from "@ccms/contracts";
import { DomainError, vipWindowFinding } from "@ccms/core";
import { type Executor, type WindowRow, queueSettingsRepository, ticketRepository, windowRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import { type Principal, type UserPrincipal, actorOf } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { assertFitForWindow } from "../daily-ops/fitness-of-day.js";
import { assertMyWindow } from "./call-next-ticket.js";
import { typeNames } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { windowInScope } from "./queue-scope.js";
import { localWindowState, ticketView, windowView } from "./queue-views.js";
import { publishEvents, recordEvent } from "./record-queue-event.js";
import type { QueueEventType } from "@ccms/contracts";

type Step = (w: WindowRow, u: UserPrincipal, at: string, tx: Executor) => Promise<{ patch: Partial<WindowRow> | null; audit: string | null; event: QueueEventType; message?: string | null }>;

async function onWindow(ctx: AppContext, p: Principal, windowId: string, permission: string, step: Step): Promise<WindowResponse> {
  requireQueuePermission(p, permission);
  const u = p as UserPrincipal;
  const { counter } = await windowInScope(ctx.database.db, p, windowId);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const out = await ctx.tx(async (tx) => {
    await queueSettingsRepository.lockCounter(tx, ctx.database.engine, counter.id);
    const w = (await windowRepository.findById(tx, windowId))!;
    const r = await step(w, u, at, tx);
    if (r.patch) await windowRepository.update(tx, windowId, { ...r.patch, updated_at: at });
    const row = { ...w, ...(r.patch ?? {}) };
    if (r.audit) {
      await appendAudit(tx, ctx.database.engine, actorOf(u), now, {
        action: r.audit,
        entityType: "window",
        entityId: windowId,
        orgUnitId: counter.id,
        details: { number: w.number, tellerId: row.teller_id ?? w.teller_id, reason: r.message ?? null },
      });
    }
    const names = await typeNames(tx, counter.id);
    const current = await ticketRepository.currentAtWindow(tx, windowId);
    const view = windowView(row, current, names);
    const events = [await recordEvent(tx, u, now, counter.id, r.event, { window: view, ticket: current ? ticketView(current, names) : null, message: r.message ?? null })];
    if (r.patch) {
      // ORG-03: 3+ tellers on duty without an open VIP window — recorded when the state starts.
      const all = await windowRepository.list(tx, counter.id);
      const before = vipWindowFinding(all.map((x) => localWindowState(x.id === w.id ? w : x)));
      const after = vipWindowFinding(all.map((x) => localWindowState(x.id === w.id ? row : x)));
      if (after && !before) {
        await appendAudit(tx, ctx.database.engine, actorOf(u), now, {
          action: "finding.vipWindowMissing",
          entityType: "org_unit",
          entityId: counter.id,
          orgUnitId: counter.id,
          details: { rule: "ORG-03", tellersOnDuty: after.tellersOnDuty },
        });
        events.push(await recordEvent(tx, u, now, counter.id, "counter.finding", { message: "vip_window_missing" }));
      }
    }
    return { view, events };
  });
  await publishEvents(ctx, out.events);
  return out.view;
}

export function signInWindow(ctx: AppContext, p: Principal, windowId: string) {
  return onWindow(ctx, p, windowId, "queue.call", async (w, u, at) => {
    if (w.active !== 1) throw new DomainError("unprocessable", "window_inactive", "The window is not in use");
    if (w.teller_id && w.teller_id !== u.userId) {
      throw new DomainError("conflict", "window_occupied", `${w.teller_name ?? "Another teller"} is signed in`, { tellerId: w.teller_id, tellerName: w.teller_name });
    }
    if (w.teller_id === u.userId) return { patch: null, audit: null, event: "window.signedIn" };
    return { patch: { teller_id: u.userId, teller_name: u.displayName, signed_in_at: at, paused: 0, paused_reason: null, paused_at: null, consecutive_priority_calls: 0 }, audit: "window.signedIn", event: "window.signedIn" };
  });
}

/** The caller must not sit at another window: checked before taking this one. */
export async function signInWindowChecked(ctx: AppContext, p: Principal, windowId: string) {
  requireQueuePermission(p, "queue.call");
  const u = p as UserPrincipal;
  const other = await windowRepository.findByTeller(ctx.database.db, u.userId);
  if (other && other.id !== windowId) {
    throw new DomainError("conflict", "teller_already_signed_in", `Sign out of window ${other.number} first`, { windowId: other.id, number: other.number });
  }
  // D-12 a person judged unfit at today's pre-shift meeting is off the floor: no window today.
  const { counter } = await windowInScope(ctx.database.db, p, windowId);
  await assertFitForWindow(ctx.database.db, u.userId, counter, ctx.clock.now());
  return signInWindow(ctx, p, windowId);
}

export function signOutWindow(ctx: AppContext, p: Principal, windowId: string) {
  return onWindow(ctx, p, windowId, "queue.call", async (w, u, _at, tx) => {
    // A manager (queue.manage) may sign out a teller who left; otherwise only the teller.
    if (!(w.teller_id && w.teller_id !== u.userId && u.permissions.has("queue.manage"))) assertMyWindow(w, u);
    const current = await ticketRepository.currentAtWindow(tx, w.id);
    if (current) throw new DomainError("conflict", "window_has_active_ticket", `Finish ${current.number} first`, { ticketId: current.id, number: current.number });
    return {
      patch: { teller_id: null, teller_name: null, signed_in_at: null, paused: 0, paused_reason: null, paused_at: null, consecutive_priority_calls: 0 },
      audit: "window.signedOut",
      event: "window.signedOut",
    };
  });
}

export function pauseWindow(ctx: AppContext, p: Principal, windowId: string, reason: string) {
  return onWindow(ctx, p, windowId, "queue.call", async (w, u, at) => {
    assertMyWindow(w, u);
    if (w.paused) throw new DomainError("conflict", "window_already_paused", "The window is already paused");
    return { patch: { paused: 1, paused_reason: reason, paused_at: at }, audit: "window.paused", event: "window.paused", message: reason };
  });
}

export function resumeWindow(ctx: AppContext, p: Principal, windowId: string) {
  return onWindow(ctx, p, windowId, "queue.call", async (w, u) => {
    assertMyWindow(w, u);
    if (!w.paused) throw new DomainError("conflict", "window_not_paused", "The window is not paused");
    return { patch: { paused: 0, paused_reason: null, paused_at: null }, audit: "window.resumed", event: "window.resumed" };
  });
}

/** 举手服务: the display invites the called customer to the window. */
export function raiseHand(ctx: AppContext, p: Principal, windowId: string, message?: string) {
  return onWindow(ctx, p, windowId, "queue.call", async (w, u) => {
    assertMyWindow(w, u);
    if (w.paused) throw new DomainError("conflict", "window_paused", "Resume the window first");
    return { patch: null, audit: null, event: "window.raiseHand", message: message ?? null };
  });
}
