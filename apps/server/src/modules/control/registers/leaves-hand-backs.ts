/**
 * Leave register — the seam the people module will take over (user, from, to, kind, approved).
 * K-02: a leave of more than one working day makes a hand-back due on the working day before it
 * starts: the manager receives everything the person holds, counts it (已清点) and locks it in the
 * safe. The daily close of that date is blocked until it is done. D-06 reads leaves to detect
 * operations by people on leave.
 */
import { COUNTED_MARK, DomainError, handBackDueDate } from "@ccms/core";
import { type Executor, type RegisterRow, controlTables, orgUnitRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { AppContext } from "../../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission } from "../../../http/principal.js";
import { calendarForUnit } from "../../calendar/calendar-service.js";
import { appendAudit } from "../audit.js";
import { counterIdsInScope, counterInScope, userInScope, usersByIds } from "../../daily-ops/ops-shared.js";

async function presentLeaves(ex: Executor, rows: Array<RegisterRow<"leave_periods">>) {
  const names = await usersByIds(ex, rows.map((r) => r.user_id));
  const hbs = rows.length ? await controlTables.handBacks.list(ex, { counterIds: rows.map((r) => r.id), counterColumn: "leave_id" }) : [];
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userName: names.get(r.user_id)?.displayName ?? null,
    orgUnitId: r.org_unit_id,
    from: r.date_from,
    to: r.date_to,
    kind: r.kind as "annual" | "sick" | "personal" | "business_trip" | "training" | "other",
    approved: r.approved === 1,
    workingDays: r.working_days,
    note: r.note,
    handBackId: hbs.find((h) => h.leave_id === r.id)?.id ?? null,
    createdAt: r.created_at,
  }));
}

export async function recordLeave(ctx: AppContext, p: UserPrincipal, body: { userId: string; from: string; to: string; kind: string; approved: boolean; note?: string | undefined }) {
  requirePermission(p, "leave.manage");
  const ex = ctx.database.db;
  const user = await userInScope(ex, p, body.userId);
  if (body.from > body.to) throw new DomainError("validation", "leave_range_reversed", "from is after to");
  const unit = (await orgUnitRepository.findById(ex, user.orgUnitId))!;
  const calendar = await calendarForUnit(ex, unit);
  const { workingDays, dueDate } = handBackDueDate(body.from, body.to, calendar);
  const overlapping = (await controlTables.leaves.list(ex, { eq: { user_id: body.userId } })).find((l) => l.date_from <= body.to && body.from <= l.date_to);
  if (overlapping) throw new DomainError("conflict", "leave_overlaps", "This person already has leave in that period", { leaveId: overlapping.id });
  const now = ctx.clock.now();
  const id = ulid();
  await ctx.tx(async (tx) => {
    await controlTables.leaves.insert(tx, {
      id,
      user_id: body.userId,
      org_unit_id: user.orgUnitId,
      date_from: body.from,
      date_to: body.to,
      kind: body.kind,
      approved: body.approved ? 1 : 0,
      working_days: workingDays,
      note: body.note ?? null,
      recorded_by: p.userId,
      created_at: now.toISOString(),
    });
    // K-02 only a counter's own staff hold seals; the hand-back belongs to their counter.
    if (body.approved && dueDate && unit.kind === "counter") {
      await controlTables.handBacks.insert(tx, {
        id: ulid(),
        counter_id: unit.id,
        leave_id: id,
        user_id: body.userId,
        due_date: dueDate,
        status: "pending",
        item_ids: "[]",
        received_by: null,
        counted: 0,
        done_at: null,
        created_at: now.toISOString(),
      });
    }
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "leave.recorded",
      entityType: "leave_period",
      entityId: id,
      orgUnitId: user.orgUnitId,
      details: { userId: body.userId, from: body.from, to: body.to, kind: body.kind, approved: body.approved, workingDays, handBackDue: dueDate },
    });
  });
  return (await presentLeaves(ex, [(await controlTables.leaves.findById(ex, id))!]))[0]!;
}

export async function listLeaves(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; userId?: string | undefined; on?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const unitIds = q.counterId ? [(await counterInScope(ex, p, q.counterId)).id] : (await orgUnitRepository.listSubtree(ex, p.scopePath)).map((u) => u.id);
  let rows = await controlTables.leaves.list(ex, { counterIds: unitIds, counterColumn: "org_unit_id", eq: { user_id: q.userId }, orderBy: "date_from", desc: true });
  if (q.on) rows = rows.filter((r) => r.date_from <= q.on! && q.on! <= r.date_to);
  return { items: await presentLeaves(ex, rows) };
}

async function presentHandBacks(ex: Executor, rows: Array<RegisterRow<"hand_backs">>) {
  const names = await usersByIds(ex, rows.map((r) => r.user_id));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    leaveId: r.leave_id,
    userId: r.user_id,
    userName: names.get(r.user_id)?.displayName ?? null,
    dueDate: r.due_date,
    status: r.status as "pending" | "done" | "cancelled",
    itemIds: JSON.parse(r.item_ids) as string[],
    receivedById: r.received_by,
    countedMark: r.counted === 1 ? COUNTED_MARK : null,
    doneAt: r.done_at,
    createdAt: r.created_at,
  }));
}

export async function listHandBacks(ctx: AppContext, p: UserPrincipal, q: { counterId?: string | undefined; status?: string | undefined }) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const rows = await controlTables.handBacks.list(ex, { counterIds: await counterIdsInScope(ex, p, q.counterId), eq: { status: q.status }, orderBy: "due_date" });
  return { items: await presentHandBacks(ex, rows) };
}

/** K-02 the manager receives everything the person holds at the counter, counted, into the safe. */
export async function confirmHandBack(ctx: AppContext, p: UserPrincipal, id: string, body: { note?: string | undefined }) {
  requirePermission(p, "seal.manage");
  const ex = ctx.database.db;
  const hb = await controlTables.handBacks.findById(ex, id);
  if (!hb) throw notFound("hand_back", id);
  await counterInScope(ex, p, hb.counter_id).catch(() => {
    throw notFound("hand_back", id);
  });
  if (hb.status !== "pending") throw new DomainError("conflict", "hand_back_not_pending", "This hand-back is not pending");
  if (hb.user_id === p.userId) throw new DomainError("forbidden", "hand_back_to_self", "Another person must receive the hand-back");
  // K-02 (seed 001 九) seals and controlled documents are handed back to the counter manager, not to
  // whoever else holds seal.manage (the duty manager keeps custody work, not the receipt).
  if (!p.roles.includes("counterManager")) {
    throw new DomainError("forbidden", "hand_back_manager_only", "The counter manager receives a hand-back", {});
  }
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const held = await controlTables.items.list(tx, { counterIds: [hb.counter_id], eq: { custodian_id: hb.user_id, status: "active" } });
    for (const it of held) {
      await controlTables.items.update(tx, it.id, { custodian_id: p.userId, in_safe: 1, updated_at: now.toISOString() });
      await controlTables.movements.insert(tx, {
        id: ulid(),
        item_id: it.id,
        counter_id: hb.counter_id,
        kind: "hand_back",
        from_user_id: hb.user_id,
        to_user_id: p.userId,
        counted: 1,
        serial_from: it.serial_from,
        serial_to: it.serial_to,
        note: body.note ? `${COUNTED_MARK} ${body.note}` : COUNTED_MARK,
        by_id: p.userId,
        at: now.toISOString(),
      });
    }
    const n = await controlTables.handBacks.updateWhere(tx, id, "status", "pending", { status: "done", item_ids: JSON.stringify(held.map((h) => h.id)), received_by: p.userId, counted: 1, done_at: now.toISOString() });
    if (n === 0) throw new DomainError("conflict", "hand_back_not_pending", "This hand-back is not pending");
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "control_item.handed_back",
      entityType: "hand_back",
      entityId: id,
      orgUnitId: hb.counter_id,
      details: { userId: hb.user_id, receivedBy: p.userId, itemIds: held.map((h) => h.id), counted: COUNTED_MARK },
    });
  });
  return (await presentHandBacks(ex, [(await controlTables.handBacks.findById(ex, id))!]))[0]!;
}
