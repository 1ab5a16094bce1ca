/**
 * Daily roll-ups of queue facts (issue 13 item 4): a settled counter-day's facts per window and teller,
 * stored once and read instead of the day's tickets. A write to any ticket of a counter-day drops that
 * day's roll-up (`ticketRepository` calls `invalidate*`), so a roll-up never outlives the rows it sums.
 */
import type { Executor } from "../shared/database.js";
import type { ReportTicketDayFactsTable } from "./schema.js";

export type TicketDayFactsRow = ReportTicketDayFactsTable;

export const ticketDayFactsRepository = {
  async list(ex: Executor, counterIds: readonly string[], from: string, to: string): Promise<TicketDayFactsRow[]> {
    if (counterIds.length === 0) return [];
    return ex
      .selectFrom("report_ticket_day_facts")
      .selectAll()
      .where("counter_id", "in", counterIds)
      .where("business_date", ">=", from)
      .where("business_date", "<=", to)
      .execute();
  },

  /** Replaces the roll-ups of the given counter-days by `rows` (a day with no tickets keeps one empty marker row). */
  async replaceDays(ex: Executor, days: ReadonlyArray<{ counterId: string; date: string }>, rows: readonly TicketDayFactsRow[]): Promise<void> {
    for (const d of days) {
      await ex.deleteFrom("report_ticket_day_facts").where("counter_id", "=", d.counterId).where("business_date", "=", d.date).execute();
    }
    for (let i = 0; i < rows.length; i += 200) await ex.insertInto("report_ticket_day_facts").values(rows.slice(i, i + 200)).execute();
  },

  async invalidateDay(ex: Executor, counterId: string, businessDate: string): Promise<void> {
    await ex.deleteFrom("report_ticket_day_facts").where("counter_id", "=", counterId).where("business_date", "=", businessDate).execute();
  },

  /** Drops the roll-up of the counter-day a ticket belongs to. */
  async invalidateTicketDay(ex: Executor, ticketId: string): Promise<void> {
    await ex
      .deleteFrom("report_ticket_day_facts")
      .where("counter_id", "=", (eb) => eb.selectFrom("queue_tickets").select("queue_tickets.counter_id").where("queue_tickets.id", "=", ticketId))
      .where("business_date", "=", (eb) => eb.selectFrom("queue_tickets").select("queue_tickets.business_date").where("queue_tickets.id", "=", ticketId))
      .execute();
  },
};
