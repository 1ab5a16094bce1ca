/** Queue repositories: SQL only, no rules. Rows are the table types (snake_case). */
import { type Selectable, sql } from "kysely";
import type { Database, Executor } from "../shared/database.js";
import { ticketDayFactsRepository } from "../reporting/ticket-day-facts.repository.js";
import type {
  QueueAppointmentSlotTable,
  QueueAppointmentTable,
  QueueBusinessTypeTable,
  QueueEventTable,
  QueueIdempotencyTable,
  QueueSettingsTable,
  QueueTicketTable,
  QueueWindowTable,
} from "./schema.js";

export type QueueSettingsRow = QueueSettingsTable;
export type BusinessTypeRow = QueueBusinessTypeTable;
export type WindowRow = QueueWindowTable;
export type TicketRow = QueueTicketTable;
export type QueueEventRow = Selectable<QueueEventTable>;
export type IdempotencyRow = QueueIdempotencyTable;
export type AppointmentSlotRow = QueueAppointmentSlotTable;
export type AppointmentRow = QueueAppointmentTable;

export const queueSettingsRepository = {
  async find(ex: Executor, counterId: string): Promise<QueueSettingsRow | undefined> {
    return ex.selectFrom("queue_settings").selectAll().where("counter_id", "=", counterId).executeTakeFirst();
  },
  /** Insert unless present (several instances may seed at once). */
  async insertIfAbsent(ex: Executor, row: QueueSettingsRow): Promise<void> {
    await ex.insertInto("queue_settings").values(row).onConflict((oc) => oc.column("counter_id").doNothing()).execute();
  },
  async update(ex: Executor, counterId: string, patch: Partial<QueueSettingsRow>): Promise<void> {
    await ex.updateTable("queue_settings").set(patch).where("counter_id", "=", counterId).execute();
  },
  /**
   * Serialise queue mutations of one counter: PostgreSQL row lock on its settings row (the row must
   * exist); SQLite transactions are already serial.
   */
  async lockCounter(ex: Executor, engine: Database["engine"], counterId: string): Promise<void> {
    if (engine === "postgres") {
      await sql`select counter_id from queue_settings where counter_id = ${counterId} for update`.execute(ex);
    }
  },
};

export const businessTypeRepository = {
  async list(ex: Executor, counterId: string): Promise<BusinessTypeRow[]> {
    return ex.selectFrom("queue_business_types").selectAll().where("counter_id", "=", counterId).orderBy("sort_order").orderBy("code").execute();
  },
  async count(ex: Executor, counterId: string): Promise<number> {
    const r = await ex.selectFrom("queue_business_types").select((eb) => eb.fn.countAll<number>().as("n")).where("counter_id", "=", counterId).executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async findById(ex: Executor, id: string): Promise<BusinessTypeRow | undefined> {
    return ex.selectFrom("queue_business_types").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findByCode(ex: Executor, counterId: string, code: string): Promise<BusinessTypeRow | undefined> {
    return ex.selectFrom("queue_business_types").selectAll().where("counter_id", "=", counterId).where("code", "=", code).executeTakeFirst();
  },
  async insertIfAbsent(ex: Executor, row: BusinessTypeRow): Promise<boolean> {
    const r = await ex
      .insertInto("queue_business_types")
      .values(row)
      .onConflict((oc) => oc.columns(["counter_id", "code"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  async update(ex: Executor, id: string, patch: Partial<BusinessTypeRow>): Promise<void> {
    await ex.updateTable("queue_business_types").set(patch).where("id", "=", id).execute();
  },
};

export const windowRepository = {
  async list(ex: Executor, counterId: string): Promise<WindowRow[]> {
    return ex.selectFrom("queue_windows").selectAll().where("counter_id", "=", counterId).orderBy("number").execute();
  },
  async listByCounters(ex: Executor, counterIds: readonly string[]): Promise<WindowRow[]> {
    if (counterIds.length === 0) return [];
    return ex.selectFrom("queue_windows").selectAll().where("counter_id", "in", counterIds).orderBy("counter_id").orderBy("number").execute();
  },
  async findById(ex: Executor, id: string): Promise<WindowRow | undefined> {
    return ex.selectFrom("queue_windows").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findByNumber(ex: Executor, counterId: string, number: number): Promise<WindowRow | undefined> {
    return ex.selectFrom("queue_windows").selectAll().where("counter_id", "=", counterId).where("number", "=", number).executeTakeFirst();
  },
  async findByTeller(ex: Executor, tellerId: string): Promise<WindowRow | undefined> {
    return ex.selectFrom("queue_windows").selectAll().where("teller_id", "=", tellerId).executeTakeFirst();
  },
  async insert(ex: Executor, row: WindowRow): Promise<void> {
    await ex.insertInto("queue_windows").values(row).execute();
  },
  async update(ex: Executor, id: string, patch: Partial<WindowRow>): Promise<void> {
    await ex.updateTable("queue_windows").set(patch).where("id", "=", id).execute();
  },
  /** Take the window only if it is free: true when this caller got it. */
  async signIn(ex: Executor, id: string, tellerId: string, tellerName: string, at: string): Promise<boolean> {
    const r = await ex
      .updateTable("queue_windows")
      .set({ teller_id: tellerId, teller_name: tellerName, signed_in_at: at, paused: 0, paused_reason: null, paused_at: null, consecutive_priority_calls: 0, updated_at: at })
      .where("id", "=", id)
      .where("teller_id", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};

export const ticketSequenceRepository = {
  /** Next number for (counter, type, date): insert 1 or increment, in the caller's transaction (row-locked on PostgreSQL). */
  async next(ex: Executor, counterId: string, businessType: string, businessDate: string): Promise<number> {
    const r = await ex
      .insertInto("queue_ticket_sequences")
      .values({ counter_id: counterId, business_type: businessType, business_date: businessDate, last: 1 })
      .onConflict((oc) =>
        oc.columns(["counter_id", "business_type", "business_date"]).doUpdateSet({ last: sql<number>`queue_ticket_sequences.last + 1` }),
      )
      .returning("last")
      .executeTakeFirstOrThrow();
    return Number(r.last);
  },
};

export interface TicketRange {
  counterId: string;
  from: string;
  to: string;
}

export const ticketRepository = {
  async insert(ex: Executor, row: TicketRow): Promise<void> {
    await ex.insertInto("queue_tickets").values(row).execute();
    await ticketDayFactsRepository.invalidateDay(ex, row.counter_id, row.business_date);
  },
  /** Many rows in few statements (generated demo history), 500 per statement. */
  async insertMany(ex: Executor, rows: readonly TicketRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await ex.insertInto("queue_tickets").values(rows.slice(i, i + 500)).execute();
    const days = new Map(rows.map((r) => [`${r.counter_id}|${r.business_date}`, r]));
    for (const r of days.values()) await ticketDayFactsRepository.invalidateDay(ex, r.counter_id, r.business_date);
  },
  async findById(ex: Executor, id: string): Promise<TicketRow | undefined> {
    return ex.selectFrom("queue_tickets").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async findByIds(ex: Executor, ids: readonly string[]): Promise<TicketRow[]> {
    if (ids.length === 0) return [];
    return ex.selectFrom("queue_tickets").selectAll().where("id", "in", ids).execute();
  },
  async listWaiting(ex: Executor, counterId: string): Promise<TicketRow[]> {
    return ex.selectFrom("queue_tickets").selectAll().where("counter_id", "=", counterId).where("status", "=", "waiting").execute();
  },
  /** Waiting tickets a window may call: the types it serves, or transferred to it. */
  async listWaitingFor(ex: Executor, counterId: string, businessTypes: readonly string[], windowId: string): Promise<TicketRow[]> {
    return ex
      .selectFrom("queue_tickets")
      .selectAll()
      .where("counter_id", "=", counterId)
      .where("status", "=", "waiting")
      .where((eb) => eb.or([eb("target_window_id", "=", windowId), ...(businessTypes.length ? [eb("business_type", "in", [...businessTypes])] : [])]))
      .execute();
  },
  /**
   * Waiting tickets of a type ahead of a newly issued one: those of a class ranked at or above it, and
   * normal tickets already past the starvation limit (issued at or before `starvingBefore`).
   */
  async countAheadOfNew(
    ex: Executor,
    q: { counterId: string; businessType: string; priorities: readonly string[]; starvingBefore: string; excludeId: string },
  ): Promise<number> {
    const r = await ex
      .selectFrom("queue_tickets")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("counter_id", "=", q.counterId)
      .where("status", "=", "waiting")
      .where("business_type", "=", q.businessType)
      .where("id", "!=", q.excludeId)
      .where((eb) =>
        eb.or([
          eb("priority", "in", [...q.priorities]),
          eb.and([eb("priority", "=", "normal"), eb("original_issued_at", "<=", q.starvingBefore)]),
        ]),
      )
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async countWaiting(ex: Executor, counterId: string): Promise<number> {
    const r = await ex
      .selectFrom("queue_tickets")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("counter_id", "=", counterId)
      .where("status", "=", "waiting")
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  /** Tickets called or being served at windows of a counter. */
  async listAtWindows(ex: Executor, counterId: string): Promise<TicketRow[]> {
    return ex.selectFrom("queue_tickets").selectAll().where("counter_id", "=", counterId).where("status", "in", ["called", "serving"]).execute();
  },
  async currentAtWindow(ex: Executor, windowId: string): Promise<TicketRow | undefined> {
    return ex.selectFrom("queue_tickets").selectAll().where("window_id", "=", windowId).where("status", "in", ["called", "serving"]).executeTakeFirst();
  },
  async latestFinishedAtWindow(ex: Executor, windowId: string, businessDate: string): Promise<TicketRow | undefined> {
    return ex
      .selectFrom("queue_tickets")
      .selectAll()
      .where("window_id", "=", windowId)
      .where("status", "=", "finished")
      .where("business_date", "=", businessDate)
      .orderBy("finished_at", "desc")
      .limit(1)
      .executeTakeFirst();
  },
  async recentCalls(ex: Executor, counterId: string, businessDate: string, limit: number): Promise<TicketRow[]> {
    return ex
      .selectFrom("queue_tickets")
      .selectAll()
      .where("counter_id", "=", counterId)
      .where("business_date", "=", businessDate)
      .where("called_at", "is not", null)
      .orderBy(sql`coalesce(recalled_at, called_at)`, "desc")
      .limit(limit)
      .execute();
  },
  async listInRange(ex: Executor, q: TicketRange): Promise<TicketRow[]> {
    return ex
      .selectFrom("queue_tickets")
      .selectAll()
      .where("counter_id", "=", q.counterId)
      .where("business_date", ">=", q.from)
      .where("business_date", "<=", q.to)
      .execute();
  },
  /** Tickets a teller finished on a business date at a counter (the console's "served today"). */
  async countFinishedByTeller(ex: Executor, counterId: string, tellerId: string, businessDate: string): Promise<number> {
    const r = await ex
      .selectFrom("queue_tickets")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("counter_id", "=", counterId)
      .where("business_date", "=", businessDate)
      .where("served_by", "=", tellerId)
      .where("status", "=", "finished")
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  /** Conditional update: only when the ticket still has `expected` status. True when it changed. */
  async transition(ex: Executor, id: string, expected: string | readonly string[], patch: Partial<TicketRow>): Promise<boolean> {
    const list = typeof expected === "string" ? [expected] : [...expected];
    const r = await ex.updateTable("queue_tickets").set(patch).where("id", "=", id).where("status", "in", list).executeTakeFirst();
    const changed = Number(r.numUpdatedRows) > 0;
    if (changed) await ticketDayFactsRepository.invalidateTicketDay(ex, id);
    return changed;
  },
  /** Rate once: true when this rating was stored. */
  async rate(ex: Executor, id: string, score: number, comment: string | null, at: string): Promise<boolean> {
    const r = await ex
      .updateTable("queue_tickets")
      .set({ rating_score: score, rating_comment: comment, rated_at: at, updated_at: at })
      .where("id", "=", id)
      .where("rating_score", "is", null)
      .executeTakeFirst();
    const rated = Number(r.numUpdatedRows) > 0;
    if (rated) await ticketDayFactsRepository.invalidateTicketDay(ex, id);
    return rated;
  },
  async servedCountsByWindow(ex: Executor, counterId: string, businessDate: string): Promise<Array<{ window_id: string | null; n: number }>> {
    const rows = await ex
      .selectFrom("queue_tickets")
      .select(["window_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("counter_id", "=", counterId)
      .where("business_date", "=", businessDate)
      .where("status", "=", "finished")
      .groupBy("window_id")
      .execute();
    return rows.map((r) => ({ window_id: r.window_id, n: Number(r.n) }));
  },
};

export const queueEventRepository = {
  /**
   * Insert an event whose JSON data ends with the counter's current waiting count, computed in the
   * same statement: data = prefix || count || suffix. Returns the id and the final data.
   */
  async insertWithWaitingCount(
    ex: Executor,
    row: { counter_id: string; type: string; ticket_id: string | null; window_id: string | null; actor_id: string | null; at: string },
    dataPrefix: string,
    dataSuffix: string,
  ): Promise<{ id: number; data: string }> {
    const r = await sql<{ id: number; data: string }>`
      insert into queue_events (counter_id, type, ticket_id, window_id, actor_id, at, data)
      select cast(${row.counter_id} as text), cast(${row.type} as text), cast(${row.ticket_id} as text), cast(${row.window_id} as text),
             cast(${row.actor_id} as text), cast(${row.at} as text),
             cast(${dataPrefix} as text) || cast(count(*) as text) || cast(${dataSuffix} as text)
      from queue_tickets where counter_id = ${row.counter_id} and status = 'waiting'
      returning id, data`.execute(ex);
    const out = r.rows[0]!;
    return { id: Number(out.id), data: out.data };
  },
  async insert(ex: Executor, row: Omit<QueueEventRow, "id">): Promise<number> {
    const r = await ex.insertInto("queue_events").values(row).returning("id").executeTakeFirstOrThrow();
    return Number(r.id);
  },
  async after(ex: Executor, counterId: string, afterId: number, limit: number): Promise<QueueEventRow[]> {
    return ex.selectFrom("queue_events").selectAll().where("counter_id", "=", counterId).where("id", ">", afterId).orderBy("id").limit(limit).execute();
  },
  async lastId(ex: Executor, counterId: string): Promise<number | null> {
    const r = await ex.selectFrom("queue_events").select("id").where("counter_id", "=", counterId).orderBy("id", "desc").limit(1).executeTakeFirst();
    return r ? Number(r.id) : null;
  },
  async forTicket(ex: Executor, ticketId: string): Promise<QueueEventRow[]> {
    return ex.selectFrom("queue_events").selectAll().where("ticket_id", "=", ticketId).orderBy("id").execute();
  },
};

export const idempotencyRepository = {
  async find(ex: Executor, principalId: string, key: string): Promise<IdempotencyRow | undefined> {
    return ex.selectFrom("queue_idempotency").selectAll().where("principal_id", "=", principalId).where("key", "=", key).executeTakeFirst();
  },
  async insert(ex: Executor, row: IdempotencyRow): Promise<void> {
    await ex.insertInto("queue_idempotency").values(row).execute();
  },
};

export const appointmentRepository = {
  async listSlots(ex: Executor, counterId: string): Promise<AppointmentSlotRow[]> {
    return ex.selectFrom("queue_appointment_slots").selectAll().where("counter_id", "=", counterId).orderBy("start_time").orderBy("kind").execute();
  },
  async findSlot(ex: Executor, id: string): Promise<AppointmentSlotRow | undefined> {
    return ex.selectFrom("queue_appointment_slots").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async insertSlot(ex: Executor, row: AppointmentSlotRow): Promise<void> {
    await ex.insertInto("queue_appointment_slots").values(row).execute();
  },
  async updateSlot(ex: Executor, id: string, patch: Partial<AppointmentSlotRow>): Promise<void> {
    await ex.updateTable("queue_appointment_slots").set(patch).where("id", "=", id).execute();
  },
  /** Bookings holding a place (not rejected/cancelled) per slot on a date. */
  async bookedCounts(ex: Executor, counterId: string, date: string): Promise<Map<string, number>> {
    const rows = await ex
      .selectFrom("queue_appointments")
      .select(["slot_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("counter_id", "=", counterId)
      .where("date", "=", date)
      .where("status", "not in", ["rejected", "cancelled"])
      .groupBy("slot_id")
      .execute();
    return new Map(rows.map((r) => [r.slot_id, Number(r.n)]));
  },
  async insert(ex: Executor, row: AppointmentRow): Promise<void> {
    await ex.insertInto("queue_appointments").values(row).execute();
  },
  async findById(ex: Executor, id: string): Promise<AppointmentRow | undefined> {
    return ex.selectFrom("queue_appointments").selectAll().where("id", "=", id).executeTakeFirst();
  },
  async list(
    ex: Executor,
    q: { counterId: string; from?: string; to?: string; status?: string; kind?: string; bookedBy?: string },
  ): Promise<AppointmentRow[]> {
    let query = ex.selectFrom("queue_appointments").selectAll().where("counter_id", "=", q.counterId);
    if (q.from) query = query.where("date", ">=", q.from);
    if (q.to) query = query.where("date", "<=", q.to);
    if (q.status) query = query.where("status", "=", q.status);
    if (q.kind) query = query.where("kind", "=", q.kind);
    if (q.bookedBy) query = query.where("booked_by", "=", q.bookedBy);
    return query.orderBy("date").orderBy("start_time").orderBy("booked_at").limit(1000).execute();
  },
  async transition(ex: Executor, id: string, expected: string, patch: Partial<AppointmentRow>): Promise<boolean> {
    const r = await ex.updateTable("queue_appointments").set(patch).where("id", "=", id).where("status", "=", expected).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
};
