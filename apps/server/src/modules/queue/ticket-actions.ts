/**
 * Q-04 teller actions on the ticket at their window: recall (up to the recall limit), start, no-show,
 * transfer (to a type or a window; the new ticket keeps the original issue time and number), finish
 * (Q-11 outcome; Q-06 missing documents listed at once); cancel a waiting ticket (guide/manager).
 * Each is a conditional state change under the counter lock: a repeated action is a 409, nothing changes.
 */
import type { FinishTicketRequest, TicketResponse, TransferTicketRequest } from "@ccms/contracts";
import {
  DomainError,
  type TicketAction,
  type TicketStatus,
  assertRecallAllowed,
  nextTicketStatus,
  validateFinishOutcome,
} from "@ccms/core";
import {
  type DB,
  type OrgUnit,
  type TicketRow,
  type WindowRow,
  businessTypeRepository,
  queueSettingsRepository,
  ticketRepository,
  windowRepository,
} from "@ccms/db";
import type { Transaction } from "kysely";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, type UserPrincipal, actorOf, notFound } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { assertMyWindow } from "./call-next-ticket.js";
import { loadSettings, typeNames } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { ticketInScope } from "./queue-scope.js";
import { type TypeNames, ticketView, windowView } from "./queue-views.js";
import { type PendingEvent, publishEvents, recordEvent } from "./record-queue-event.js";

interface ActionScope {
  tx: Transaction<DB>;
  ticket: TicketRow;
  window: WindowRow;
  counter: OrgUnit;
  now: Date;
  at: string;
  names: TypeNames;
  user: UserPrincipal;
}

async function actAtMyWindow<T extends { ticket: TicketResponse }>(
  ctx: AppContext,
  p: Principal,
  ticketId: string,
  action: TicketAction,
  body: (s: ActionScope) => Promise<{ result: T; events: PendingEvent[] }>,
): Promise<T> {
  requireQueuePermission(p, "queue.call");
  const user = p as UserPrincipal;
  const { counter, ticket: read } = await ticketInScope(ctx.database.db, p, ticketId);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  const out = await ctx.tx(async (tx) => {
    await queueSettingsRepository.lockCounter(tx, ctx.database.engine, counter.id);
    // On SQLite the read above is reused (one query less on the hot path): every change below is a
    // conditional update on the expected status, so a change in between is a 409, never a lost update.
    // PostgreSQL and recall (which counts) re-read under the lock.
    const reuse = ctx.database.engine === "sqlite" && action !== "recall";
    const ticket = reuse ? read : (await ticketRepository.findById(tx, ticketId))!;
    nextTicketStatus(ticket.status as TicketStatus, action); // 409 on an impossible transition
    const window = ticket.window_id ? await windowRepository.findById(tx, ticket.window_id) : undefined;
    if (!window) throw new DomainError("conflict", "ticket_not_at_window", "The ticket is not at a window");
    assertMyWindow(window, user);
    const names = await typeNames(tx, counter.id);
    return body({ tx, ticket, window, counter, now, at: now.toISOString(), names, user });
  });
  await publishEvents(ctx, out.events);
  return out.result;
}

async function change(s: ActionScope, expected: TicketStatus, patch: Partial<TicketRow>): Promise<TicketRow> {
  const ok = await ticketRepository.transition(s.tx, s.ticket.id, expected, { ...patch, updated_at: s.at });
  if (!ok) throw new DomainError("conflict", "ticket_changed", "The ticket changed meanwhile; reload");
  return { ...s.ticket, ...patch, updated_at: s.at };
}

export function recallTicket(ctx: AppContext, p: Principal, id: string) {
  return actAtMyWindow(ctx, p, id, "recall", async (s) => {
    const settings = await loadSettings(s.tx, s.counter.id);
    assertRecallAllowed(s.ticket.recall_count, settings.recallLimit);
    const row = await change(s, "called", { recall_count: s.ticket.recall_count + 1, recalled_at: s.at });
    const ticket = ticketView(row, s.names);
    const ev = await recordEvent(s.tx, s.user, s.now, s.counter.id, "ticket.recalled", { ticket, window: windowView(s.window, row, s.names) });
    return { result: { ticket }, events: [ev] };
  });
}

export function startTicket(ctx: AppContext, p: Principal, id: string) {
  return actAtMyWindow(ctx, p, id, "start", async (s) => {
    const row = await change(s, "called", { status: "serving", started_at: s.at });
    const ticket = ticketView(row, s.names);
    const ev = await recordEvent(s.tx, s.user, s.now, s.counter.id, "ticket.started", { ticket, window: windowView(s.window, row, s.names) });
    return { result: { ticket }, events: [ev] };
  });
}

export function noShowTicket(ctx: AppContext, p: Principal, id: string) {
  return actAtMyWindow(ctx, p, id, "noShow", async (s) => {
    const row = await change(s, "called", { status: "noShow", finished_at: s.at });
    const ticket = ticketView(row, s.names);
    await appendAudit(s.tx, ctx.database.engine, actorOf(s.user), s.now, {
      action: "ticket.noShow",
      entityType: "ticket",
      entityId: row.id,
      orgUnitId: s.counter.id,
      details: { number: row.number, windowNumber: s.window.number, recallCount: row.recall_count },
    });
    const ev = await recordEvent(s.tx, s.user, s.now, s.counter.id, "ticket.noShow", { ticket, window: windowView(s.window, undefined, s.names) });
    return { result: { ticket }, events: [ev] };
  });
}

export function finishTicket(ctx: AppContext, p: Principal, id: string, input: FinishTicketRequest) {
  return actAtMyWindow(ctx, p, id, "finish", async (s) => {
    const missing = validateFinishOutcome(input.outcome, input.missingDocuments);
    const row = await change(s, "serving", { status: "finished", finished_at: s.at, outcome: input.outcome, missing_documents: JSON.stringify(missing) });
    const ticket = ticketView(row, s.names);
    const ev = await recordEvent(s.tx, s.user, s.now, s.counter.id, "ticket.finished", { ticket, window: windowView(s.window, undefined, s.names) });
    return { result: { ticket }, events: [ev] };
  });
}

/** Transfer keeps the original issue time (waiting statistics) and the number the customer holds. */
export function transferTicket(ctx: AppContext, p: Principal, id: string, input: TransferTicketRequest) {
  return actAtMyWindow(ctx, p, id, "transfer", async (s) => {
    let businessType = s.ticket.business_type;
    let targetWindowId: string | null = null;
    if ("businessType" in input) {
      const type = await businessTypeRepository.findByCode(s.tx, s.counter.id, input.businessType);
      if (!type || type.active !== 1) {
        throw new DomainError("unprocessable", "unknown_business_type", `Unknown business type ${input.businessType}`, { businessType: input.businessType });
      }
      businessType = type.code;
    } else {
      const target = await windowRepository.findById(s.tx, input.windowId);
      if (!target || target.counter_id !== s.counter.id) throw notFound("window", input.windowId);
      if (target.id === s.window.id) throw new DomainError("unprocessable", "transfer_to_same_window", "Choose another window");
      if (target.active !== 1) throw new DomainError("unprocessable", "window_inactive", "The target window is not in use", { windowId: target.id });
      targetWindowId = target.id;
    }
    const newRow: TicketRow = {
      ...s.ticket,
      id: ulid(),
      business_type: businessType,
      status: "waiting",
      issued_at: s.at,
      original_issued_at: s.ticket.original_issued_at,
      window_id: null,
      window_number: null,
      target_window_id: targetWindowId,
      called_at: null,
      recalled_at: null,
      started_at: null,
      finished_at: null,
      recall_count: 0,
      outcome: null,
      missing_documents: "[]",
      transferred_from_id: s.ticket.id,
      transferred_to_id: null,
      issued_by: s.user.userId,
      served_by: null,
      rating_score: null,
      rating_comment: null,
      rated_at: null,
      updated_at: s.at,
    };
    const old = await change(s, s.ticket.status as TicketStatus, { status: "transferred", finished_at: s.at, transferred_to_id: newRow.id });
    await ticketRepository.insert(s.tx, newRow);
    await appendAudit(s.tx, ctx.database.engine, actorOf(s.user), s.now, {
      action: "ticket.transferred",
      entityType: "ticket",
      entityId: old.id,
      orgUnitId: s.counter.id,
      details: { number: old.number, from: { businessType: old.business_type, windowNumber: s.window.number }, to: { businessType, windowId: targetWindowId }, newTicketId: newRow.id },
    });
    const ticket = ticketView(old, s.names);
    const newTicket = ticketView(newRow, s.names);
    const ev = await recordEvent(s.tx, s.user, s.now, s.counter.id, "ticket.transferred", { ticket: newTicket, window: windowView(s.window, undefined, s.names) });
    return { result: { ticket, newTicket }, events: [ev] };
  });
}

/** A customer who leaves: cancel a waiting ticket (guide, managers). */
export async function cancelTicket(ctx: AppContext, p: Principal, id: string, reason?: string) {
  if (p.kind !== "user" || !(p.permissions.has("queue.issue") || p.permissions.has("queue.manage"))) requireQueuePermission(p, "queue.issue");
  const user = p as UserPrincipal;
  const { counter } = await ticketInScope(ctx.database.db, p, id);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const out = await ctx.tx(async (tx) => {
    await queueSettingsRepository.lockCounter(tx, ctx.database.engine, counter.id);
    const t = (await ticketRepository.findById(tx, id))!;
    nextTicketStatus(t.status as TicketStatus, "cancel");
    const ok = await ticketRepository.transition(tx, id, "waiting", { status: "cancelled", finished_at: at, updated_at: at });
    if (!ok) throw new DomainError("conflict", "ticket_changed", "The ticket changed meanwhile; reload");
    const names = await typeNames(tx, counter.id);
    const ticket = ticketView({ ...t, status: "cancelled", finished_at: at, updated_at: at }, names);
    await appendAudit(tx, ctx.database.engine, actorOf(user), now, {
      action: "ticket.cancelled",
      entityType: "ticket",
      entityId: id,
      orgUnitId: counter.id,
      details: { number: t.number, reason: reason ?? null },
    });
    const ev = await recordEvent(tx, user, now, counter.id, "ticket.cancelled", { ticket, message: reason ?? null });
    return { ticket, events: [ev] };
  });
  await publishEvents(ctx, out.events);
  return { ticket: out.ticket };
}
