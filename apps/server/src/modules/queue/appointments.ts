/**
 * Q-10 appointments: slot templates per counter (capacity per slot), availability, booking (elderly:
 * confirmed at once; VIP room: agents ≥ 7 days ahead, approved by the counter head, confirmed ≥ 2
 * days ahead), listing, cancellation, check-in (a priority ticket).
 */
import type {
  AppointmentAvailabilityResponse,
  AppointmentResponse,
  AppointmentSlotResponse,
  BookAppointmentRequest,
  CheckInResponse,
  CreateAppointmentSlotRequest,
  IssueTicketResponse,
} from "@ccms/contracts";
import {
  type AppointmentAction,
  type AppointmentKind,
  type AppointmentStatus,
  DomainError,
  WEEKDAYS,
  type Weekday,
  assertBookingLeadTime,
  assertConfirmationLeadTime,
  assertCounterOpen,
  framesOn,
  initialAppointmentStatus,
  localDateOf,
  maskName,
  maskPersonalData,
  maskPhone,
  nextAppointmentStatus,
  weekdayOf,
} from "@ccms/core";
import { type AppointmentRow, type AppointmentSlotRow, type Executor, type OrgUnit, appointmentRepository, businessTypeRepository, queueSettingsRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type Principal, type UserPrincipal, actorOf, notFound, requireUser } from "../../http/principal.js";
import { calendarForUnit } from "../calendar/calendar-service.js";
import { appendAudit } from "../control/audit.js";
import { issueInTx } from "./issue-ticket.js";
import { assertSlotNotStarted, slotStarted } from "../daily-ops/appointment-slots.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";
import { requireQueuePermission } from "./queue-permissions.js";
import { counterInScope } from "./queue-scope.js";
import { type PendingEvent, publishEvents } from "./record-queue-event.js";

const slotView = (s: AppointmentSlotRow): AppointmentSlotResponse => ({
  id: s.id,
  counterId: s.counter_id,
  kind: s.kind as AppointmentKind,
  weekdays: JSON.parse(s.weekdays) as Weekday[],
  startTime: s.start_time,
  endTime: s.end_time,
  capacity: s.capacity,
  businessType: s.business_type,
  active: s.active === 1,
  createdAt: s.created_at,
});

/** K-09 the customer's name, phone and any number typed into the note are masked by default. */
export const appointmentView = (a: AppointmentRow, unmasked = false): AppointmentResponse => ({
  id: a.id,
  counterId: a.counter_id,
  slotId: a.slot_id,
  kind: a.kind as AppointmentKind,
  date: a.date,
  startTime: a.start_time,
  endTime: a.end_time,
  status: a.status as AppointmentStatus,
  customerName: unmasked ? a.customer_name : (maskName(a.customer_name) ?? ""),
  customerPhone: unmasked ? a.customer_phone : maskPhone(a.customer_phone),
  businessType: a.business_type,
  note: unmasked ? a.note : maskPersonalData(a.note),
  bookedBy: a.booked_by,
  bookedByName: a.booked_by_name,
  bookedAt: a.booked_at,
  approvedBy: a.approved_by,
  approvedAt: a.approved_at,
  confirmedAt: a.confirmed_at,
  rejectedReason: a.rejected_reason,
  cancelledAt: a.cancelled_at,
  checkedInAt: a.checked_in_at,
  ticketId: a.ticket_id,
});

function canSeeAppointments(p: Principal): UserPrincipal {
  const u = requireUser(p);
  if (!["appointment.book", "appointment.approve", "queue.issue", "queue.manage"].some((a) => u.permissions.has(a))) {
    throw new DomainError("forbidden", "permission_denied", "Missing permission appointment.book", { action: "appointment.book" });
  }
  return u;
}

async function assertTypeKnown(ex: Executor, counterId: string, code: string | undefined): Promise<void> {
  if (code && !(await businessTypeRepository.findByCode(ex, counterId, code))) {
    throw new DomainError("unprocessable", "unknown_business_type", `Unknown business type ${code}`, { businessType: code });
  }
}

// ---------------------------------------------------------------- slots

export async function listSlots(ctx: AppContext, p: Principal, counterId: string) {
  const counter = await counterInScope(ctx.database.db, p, counterId);
  return { items: (await appointmentRepository.listSlots(ctx.database.db, counter.id)).map(slotView) };
}

export async function createSlot(ctx: AppContext, p: Principal, counterId: string, input: CreateAppointmentSlotRequest): Promise<AppointmentSlotResponse> {
  requireQueuePermission(p, "queue.manage");
  const counter = await counterInScope(ctx.database.db, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  await assertTypeKnown(ctx.database.db, counter.id, input.businessType);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const row: AppointmentSlotRow = {
    id: ulid(),
    counter_id: counter.id,
    kind: input.kind,
    weekdays: JSON.stringify(WEEKDAYS.filter((w) => input.weekdays.includes(w))),
    start_time: input.startTime,
    end_time: input.endTime,
    capacity: input.capacity,
    business_type: input.businessType ?? null,
    active: 1,
    created_at: at,
    updated_at: at,
  };
  await ctx.tx(async (tx) => {
    await appointmentRepository.insertSlot(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "appointmentSlot.created", entityType: "appointment_slot", entityId: row.id, orgUnitId: counter.id, details: input });
  });
  return slotView(row);
}

export async function updateSlot(ctx: AppContext, p: Principal, id: string, input: { capacity?: number | undefined; active?: boolean | undefined; weekdays?: Weekday[] | undefined }) {
  requireQueuePermission(p, "queue.manage");
  const ex = ctx.database.db;
  const slot = await appointmentRepository.findSlot(ex, id);
  if (!slot) throw notFound("appointment_slot", id);
  await counterInScope(ex, p, slot.counter_id).catch(() => {
    throw notFound("appointment_slot", id);
  });
  const now = ctx.clock.now();
  const patch: Partial<AppointmentSlotRow> = { updated_at: now.toISOString() };
  if (input.capacity !== undefined) patch.capacity = input.capacity;
  if (input.active !== undefined) patch.active = input.active ? 1 : 0;
  if (input.weekdays !== undefined) patch.weekdays = JSON.stringify(WEEKDAYS.filter((w) => input.weekdays!.includes(w)));
  await ctx.tx(async (tx) => {
    await appointmentRepository.updateSlot(tx, id, patch);
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "appointmentSlot.updated", entityType: "appointment_slot", entityId: id, orgUnitId: slot.counter_id, details: input });
  });
  return slotView({ ...slot, ...patch });
}

async function workingFrames(ctx: AppContext, counter: OrgUnit, date: string): Promise<boolean> {
  try {
    const calendar = await calendarForUnit(ctx.database.db, counter);
    return framesOn(date, counter.businessHours, calendar).length > 0;
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError("unprocessable", e.code, e.message, e.details);
    throw e;
  }
}

export async function availability(ctx: AppContext, p: Principal, counterId: string, date: string, kind?: AppointmentKind): Promise<AppointmentAvailabilityResponse> {
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  const working = await workingFrames(ctx, counter, date);
  const wd = weekdayOf(date);
  const slots = (await appointmentRepository.listSlots(ex, counter.id)).filter(
    (s) => s.active === 1 && (!kind || s.kind === kind) && (JSON.parse(s.weekdays) as string[]).includes(wd),
  );
  const booked = await appointmentRepository.bookedCounts(ex, counter.id, date);
  return {
    counterId: counter.id,
    date,
    workingDay: working,
    items: working
      ? slots.map((s) => {
          const n = booked.get(s.id) ?? 0;
          const started = slotStarted(counter, date, s.start_time, ctx.clock.now()); // a started slot offers no places
          return { slotId: s.id, kind: s.kind as AppointmentKind, startTime: s.start_time, endTime: s.end_time, capacity: s.capacity, booked: n, remaining: started ? 0 : Math.max(0, s.capacity - n), businessType: s.business_type };
        })
      : [],
  };
}

// ---------------------------------------------------------------- bookings

export async function bookAppointment(ctx: AppContext, p: Principal, counterId: string, input: BookAppointmentRequest): Promise<AppointmentResponse> {
  requireQueuePermission(p, "appointment.book");
  const u = p as UserPrincipal;
  const ex = ctx.database.db;
  const counter = await counterInScope(ex, p, counterId);
  await ensureCounterSetup(ctx, counter.id);
  const slot = await appointmentRepository.findSlot(ex, input.slotId);
  if (!slot || slot.counter_id !== counter.id) throw notFound("appointment_slot", input.slotId);
  const kind = slot.kind as AppointmentKind;
  const now = ctx.clock.now();
  const today = localDateOf(now, counter.timeZone);
  assertBookingLeadTime(kind, today, input.date);
  assertSlotNotStarted(counter, input.date, slot.start_time, now); // today's slots close at their start
  if (slot.active !== 1 || !(JSON.parse(slot.weekdays) as string[]).includes(weekdayOf(input.date)) || !(await workingFrames(ctx, counter, input.date))) {
    throw new DomainError("unprocessable", "slot_not_available_on_date", "The slot is not offered on that date", { slotId: slot.id, date: input.date });
  }
  const businessType = input.businessType ?? slot.business_type ?? undefined;
  await assertTypeKnown(ex, counter.id, businessType);
  const at = now.toISOString();
  const row: AppointmentRow = {
    id: ulid(),
    counter_id: counter.id,
    slot_id: slot.id,
    kind,
    date: input.date,
    start_time: slot.start_time,
    end_time: slot.end_time,
    status: initialAppointmentStatus(kind),
    customer_name: input.customerName,
    customer_phone: input.customerPhone ?? null,
    business_type: businessType ?? null,
    note: input.note ?? null,
    booked_by: u.userId,
    booked_by_name: u.displayName,
    booked_at: at,
    approved_by: null,
    approved_at: null,
    confirmed_at: kind === "elderly" ? at : null,
    rejected_reason: null,
    cancelled_at: null,
    checked_in_at: null,
    ticket_id: null,
    updated_at: at,
  };
  await ctx.tx(async (tx) => {
    await queueSettingsRepository.lockCounter(tx, ctx.database.engine, counter.id); // capacity under concurrency
    const n = (await appointmentRepository.bookedCounts(tx, counter.id, input.date)).get(slot.id) ?? 0;
    if (n >= slot.capacity) throw new DomainError("conflict", "slot_full", "The slot is fully booked", { slotId: slot.id, date: input.date, capacity: slot.capacity });
    await appointmentRepository.insert(tx, row);
    await appendAudit(tx, ctx.database.engine, actorOf(u), now, {
      action: "appointment.booked",
      entityType: "appointment",
      entityId: row.id,
      orgUnitId: counter.id,
      details: { kind, date: row.date, slotId: slot.id, status: row.status },
    });
  });
  return appointmentView(row);
}

export async function listAppointments(
  ctx: AppContext,
  p: Principal,
  counterId: string,
  q: { date?: string | undefined; from?: string | undefined; to?: string | undefined; status?: string | undefined; kind?: string | undefined },
) {
  const u = canSeeAppointments(p);
  const counter = await counterInScope(ctx.database.db, p, counterId);
  // Agents see their own bookings; counter staff see all.
  const own = !["appointment.approve", "queue.issue", "queue.manage"].some((a) => u.permissions.has(a));
  const rows = await appointmentRepository.list(ctx.database.db, {
    counterId: counter.id,
    from: q.date ?? q.from,
    to: q.date ?? q.to,
    status: q.status,
    kind: q.kind,
    bookedBy: own ? u.userId : undefined,
  });
  return { items: rows.map((r) => appointmentView(r)) };
}

async function appointmentInScope(ctx: AppContext, p: Principal, id: string): Promise<{ a: AppointmentRow; counter: OrgUnit }> {
  const a = await appointmentRepository.findById(ctx.database.db, id);
  if (!a) throw notFound("appointment", id);
  const counter = await counterInScope(ctx.database.db, p, a.counter_id).catch(() => {
    throw notFound("appointment", id);
  });
  return { a, counter };
}

/**
 * K-09 unmasking one appointment's customer: `customer.unmask` and a reason, audited (who, when, why —
 * never the data itself). Same rule as a case's customer (unmask-customer.ts).
 */
export async function unmaskAppointment(ctx: AppContext, p: Principal, id: string, reason: string): Promise<AppointmentResponse> {
  const u = canSeeAppointments(p);
  const { a } = await appointmentInScope(ctx, p, id);
  const own = !["appointment.approve", "queue.issue", "queue.manage"].some((x) => u.permissions.has(x));
  if (own && a.booked_by !== u.userId) throw notFound("appointment", id);
  if (!u.permissions.has("customer.unmask")) throw new DomainError("forbidden", "permission_denied", "Missing permission customer.unmask", { action: "customer.unmask" });
  const now = ctx.clock.now();
  await ctx.tx((tx) =>
    appendAudit(tx, ctx.database.engine, actorOf(u), now, { action: "customer.unmasked", entityType: "appointment", entityId: a.id, orgUnitId: a.counter_id, details: { reason } }),
  );
  return appointmentView(a, true);
}

export async function getAppointment(ctx: AppContext, p: Principal, id: string) {
  const u = canSeeAppointments(p);
  const { a } = await appointmentInScope(ctx, p, id);
  const own = !["appointment.approve", "queue.issue", "queue.manage"].some((x) => u.permissions.has(x));
  if (own && a.booked_by !== u.userId) throw notFound("appointment", id);
  return appointmentView(a);
}

async function transitionAppointment(
  ctx: AppContext,
  p: Principal,
  id: string,
  action: AppointmentAction,
  patchFor: (a: AppointmentRow, at: string, today: string) => Partial<AppointmentRow>,
  reason?: string,
): Promise<AppointmentResponse> {
  const u = requireUser(p);
  const { a, counter } = await appointmentInScope(ctx, p, id);
  if (action === "cancel") {
    // The booker or an approver cancels.
    if (a.booked_by !== u.userId && !u.permissions.has("appointment.approve")) requireQueuePermission(p, "appointment.approve");
  } else {
    requireQueuePermission(p, "appointment.approve");
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  const today = localDateOf(now, counter.timeZone);
  const next = nextAppointmentStatus(a.status as AppointmentStatus, action, a.kind as AppointmentKind);
  const patch = { ...patchFor(a, at, today), status: next, updated_at: at };
  await ctx.tx(async (tx) => {
    if (!(await appointmentRepository.transition(tx, id, a.status, patch))) {
      throw new DomainError("conflict", "appointment_changed", "The appointment changed meanwhile; reload");
    }
    await appendAudit(tx, ctx.database.engine, actorOf(u), now, {
      action: `appointment.${action === "approve" ? "approved" : action === "reject" ? "rejected" : action === "confirm" ? "confirmed" : "cancelled"}`,
      entityType: "appointment",
      entityId: id,
      orgUnitId: counter.id,
      details: { from: a.status, to: next, reason: reason ?? null, date: a.date },
    });
  });
  return appointmentView({ ...a, ...patch });
}

export const approveAppointment = (ctx: AppContext, p: Principal, id: string) =>
  transitionAppointment(ctx, p, id, "approve", (_a, at) => ({ approved_by: actorOf(p).id, approved_at: at }));

export const rejectAppointment = (ctx: AppContext, p: Principal, id: string, reason: string) =>
  transitionAppointment(ctx, p, id, "reject", () => ({ rejected_reason: reason }), reason);

/** Q-10 the plan reaches the agent at least 2 days ahead. */
export const confirmAppointment = (ctx: AppContext, p: Principal, id: string) =>
  transitionAppointment(ctx, p, id, "confirm", (a, at, today) => {
    assertConfirmationLeadTime(today, a.date);
    return { confirmed_at: at };
  });

export const cancelAppointment = (ctx: AppContext, p: Principal, id: string, reason?: string) =>
  transitionAppointment(ctx, p, id, "cancel", (_a, at) => ({ cancelled_at: at, rejected_reason: reason ?? null }), reason);

/** Check-in on the day: the appointment becomes a priority ticket (appointment class; VIP room → vip). */
export async function checkInAppointment(ctx: AppContext, p: Principal, id: string, businessType?: string): Promise<CheckInResponse> {
  requireQueuePermission(p, "queue.issue");
  const { a, counter } = await appointmentInScope(ctx, p, id);
  await ensureCounterSetup(ctx, counter.id);
  const now = ctx.clock.now();
  nextAppointmentStatus(a.status as AppointmentStatus, "checkIn", a.kind as AppointmentKind);
  assertCounterOpen(now, counter, await calendarForUnit(ctx.database.db, counter)); // CAL-04
  const type = businessType ?? a.business_type ?? "new_business";
  const out = await ctx.tx(async (tx) => {
    await queueSettingsRepository.lockCounter(tx, ctx.database.engine, counter.id);
    const issued = await issueInTx(ctx, tx, p, counter, { businessType: type, priority: "normal", appointmentId: a.id }, now);
    return { ticket: issued.body as IssueTicketResponse, events: issued.events as PendingEvent[] };
  });
  await publishEvents(ctx, out.events);
  const fresh = (await appointmentRepository.findById(ctx.database.db, id))!;
  return { appointment: appointmentView(fresh), ticket: out.ticket };
}
