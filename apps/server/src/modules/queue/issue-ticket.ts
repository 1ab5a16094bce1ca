/**
 * Q-02 issue a ticket at the kiosk or guide desk. CAL-04: refused outside business hours with the
 * next opening; refused for an unknown/inactive type or one not served today. Numbers are
 * gap-free per counter, type and business date (sequence row updated in the same transaction).
 * Idempotency-Key: a retried request returns the same ticket. Kiosks issue "normal" tickets only;
 * VIP and green-channel tickets are issued by staff (guide, teller, managers) who check eligibility.
 */
import type { IssueTicketResponse } from "@ccms/contracts";
import {
  DomainError,
  type TicketPriority,
  assertCheckInDay,
  assertCounterOpen,
  assertTypeServedOn,
  checkInPriority,
  formatTicketNumber,
  localDateOf,
  nextAppointmentStatus,
  type AppointmentKind,
  type AppointmentStatus,
  waitingAheadOf,
  priorityRank,
  TICKET_PRIORITIES,
  type Weekday,
} from "@ccms/core";
import {
  type Executor,
  type OrgUnit,
  type TicketRow,
  appointmentRepository,
  businessTypeRepository,
  idempotencyRepository,
  queueSettingsRepository,
  ticketRepository,
  ticketSequenceRepository,
} from "@ccms/db";
import type { Transaction } from "kysely";
import type { DB } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, actorOf, notFound } from "../../http/principal.js";
import { appendAudit, sha256 } from "../control/audit.js";
import { cachedCalendar, loadSettings, typeNames } from "./counter-caches.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { assertDeviceKind, principalId, requireQueuePermission } from "./queue-permissions.js";
import { counterInScope } from "./queue-scope.js";
import { ticketView } from "./queue-views.js";
import { type PendingEvent, publishEvents, recordEvent } from "./record-queue-event.js";
import { assertDayNotClosed } from "../daily-ops/close-of-day.js";

export interface IssueInput {
  businessType: string;
  priority?: "normal" | "vip" | "green";
  appointmentId?: string;
}

export async function issueTicket(
  ctx: AppContext,
  p: Principal,
  counterId: string,
  input: IssueInput,
  idempotencyKey?: string,
): Promise<{ status: number; body: IssueTicketResponse; replayed: boolean }> {
  const priority = input.priority ?? "normal";
  if (p.kind === "device") {
    assertDeviceKind(p, ["kiosk"]);
    if (priority !== "normal") {
      throw new DomainError("forbidden", "priority_needs_staff", "VIP and green-channel tickets are issued by staff at the guide desk", { priority });
    }
  } else {
    requireQueuePermission(p, "queue.issue");
  }
  const counter = await counterInScope(ctx.database.db, p, counterId);
  if (idempotencyKey !== undefined && (idempotencyKey.length < 1 || idempotencyKey.length > 100)) {
    throw new DomainError("validation", "invalid_idempotency_key", "Idempotency-Key must be 1–100 characters");
  }
  await ensureCounterSetup(ctx, counter.id);
  const requestHash = sha256(JSON.stringify({ counterId: counter.id, businessType: input.businessType, priority, appointmentId: input.appointmentId ?? null }));
  // A replay needs no open counter: answer it before the hours check.
  if (idempotencyKey) {
    const prior = await idempotencyRepository.find(ctx.database.db, principalId(p), idempotencyKey);
    if (prior) return replay(prior, requestHash);
  }
  const calendar = await cachedCalendar(ctx, counter);
  const now = ctx.clock.now();
  assertCounterOpen(now, counter, calendar); // CAL-04
  try {
    const result = await ctx.tx(async (tx) => {
      await queueSettingsRepository.lockCounter(tx, ctx.database.engine, counter.id);
      if (idempotencyKey) {
        const prior = await idempotencyRepository.find(tx, principalId(p), idempotencyKey);
        if (prior) return { kind: "replay" as const, prior };
      }
      const issued = await issueInTx(ctx, tx, p, counter, { ...input, priority }, now);
      if (idempotencyKey) {
        await idempotencyRepository.insert(tx, {
          principal_id: principalId(p),
          key: idempotencyKey,
          request_hash: requestHash,
          status_code: 201,
          response: JSON.stringify(issued.body),
          created_at: now.toISOString(),
        });
      }
      return { kind: "new" as const, issued };
    });
    if (result.kind === "replay") return replay(result.prior, requestHash);
    await publishEvents(ctx, result.issued.events);
    return { status: 201, body: result.issued.body, replayed: false };
  } catch (e) {
    // Concurrent retry with the same key on another connection: the first one won; answer with it.
    if (idempotencyKey && !(e instanceof DomainError)) {
      const prior = await idempotencyRepository.find(ctx.database.db, principalId(p), idempotencyKey);
      if (prior) return replay(prior, requestHash);
    }
    throw e;
  }
}

function replay(prior: { request_hash: string; status_code: number; response: string }, requestHash: string) {
  if (prior.request_hash !== requestHash) {
    throw new DomainError("unprocessable", "idempotency_key_reused", "This Idempotency-Key was used for a different request");
  }
  return { status: prior.status_code, body: JSON.parse(prior.response) as IssueTicketResponse, replayed: true };
}

/** Issue inside a transaction that already holds the counter lock. Also used by appointment check-in. */
export async function issueInTx(
  ctx: AppContext,
  tx: Transaction<DB>,
  p: Principal,
  counter: OrgUnit,
  input: { businessType: string; priority: "normal" | "vip" | "green"; appointmentId?: string | undefined },
  now: Date,
): Promise<{ body: IssueTicketResponse; row: TicketRow; events: PendingEvent[] }> {
  const businessDate = localDateOf(now, counter.timeZone);
  await assertDayNotClosed(tx, counter, now); // D-06 after 日清日结 no ticket for that day (409 business_day_closed)
  const type = await businessTypeRepository.findByCode(tx, counter.id, input.businessType);
  if (!type) {
    throw new DomainError("unprocessable", "unknown_business_type", `Unknown business type ${input.businessType}`, { businessType: input.businessType });
  }
  assertTypeServedOn({ code: type.code, active: type.active === 1, servedDays: JSON.parse(type.served_days) as Weekday[] }, businessDate);
  let priority: TicketPriority = input.priority;
  let appointmentId: string | null = null;
  if (input.appointmentId) {
    // Q-10 check-in turns the appointment into a priority ticket.
    const a = await appointmentRepository.findById(tx, input.appointmentId);
    if (!a || a.counter_id !== counter.id) throw notFound("appointment", input.appointmentId);
    nextAppointmentStatus(a.status as AppointmentStatus, "checkIn", a.kind as AppointmentKind);
    assertCheckInDay(businessDate, a.date);
    priority = checkInPriority(a.kind as AppointmentKind);
    appointmentId = a.id;
  }
  const seq = await ticketSequenceRepository.next(tx, counter.id, type.code, businessDate);
  const at = now.toISOString();
  const row: TicketRow = {
    id: ulid(),
    counter_id: counter.id,
    business_date: businessDate,
    business_type: type.code,
    seq,
    number: formatTicketNumber(type.prefix, seq),
    priority,
    status: "waiting",
    issued_at: at,
    original_issued_at: at,
    window_id: null,
    window_number: null,
    target_window_id: null,
    called_at: null,
    recalled_at: null,
    started_at: null,
    finished_at: null,
    recall_count: 0,
    outcome: null,
    missing_documents: "[]",
    appointment_id: appointmentId,
    transferred_from_id: null,
    transferred_to_id: null,
    issued_by: principalId(p),
    served_by: null,
    rating_score: null,
    rating_comment: null,
    rated_at: null,
    updated_at: at,
  };
  await ticketRepository.insert(tx, row);
  if (appointmentId) {
    const ok = await appointmentRepository.transition(tx, appointmentId, "confirmed", { status: "checkedIn", checked_in_at: at, ticket_id: row.id, updated_at: at });
    if (!ok) throw new DomainError("conflict", "appointment_not_confirmed", "The appointment is no longer confirmed");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "appointment.checkedIn",
      entityType: "appointment",
      entityId: appointmentId,
      orgUnitId: counter.id,
      details: { ticketId: row.id, number: row.number },
    });
  }
  const names = await typeNames(tx, counter.id);
  // Q-02 people ahead of a new ticket (the youngest): same type, class at or above it, or starving normals.
  const settings = await loadSettings(tx, counter.id);
  const myRank = priorityRank(priority);
  const waitingAhead = await ticketRepository.countAheadOfNew(tx, {
    counterId: counter.id,
    businessType: type.code,
    priorities: TICKET_PRIORITIES.filter((x) => priorityRank(x) <= myRank),
    starvingBefore: new Date(now.getTime() - settings.normalWaitLimitMinutes * 60_000).toISOString(),
    excludeId: row.id,
  });
  const ticket = ticketView(row, names);
  const ev = await recordEvent(tx, p, now, counter.id, "ticket.issued", { ticket });
  return { body: { ...ticket, waitingAhead }, row, events: [ev] };
}

export async function waitingAheadIn(ex: Executor, counterId: string, ticketId: string, now: Date): Promise<number> {
  const settings = await loadSettings(ex, counterId);
  const waiting = await ticketRepository.listWaiting(ex, counterId);
  return waitingAheadOf(
    waiting.map((t) => ({ id: t.id, businessType: t.business_type, priority: t.priority as TicketPriority, originalIssuedAt: t.original_issued_at, targetWindowId: t.target_window_id })),
    ticketId,
    settings,
    now,
  );
}
