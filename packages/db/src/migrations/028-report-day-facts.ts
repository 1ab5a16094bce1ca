/**
 * 028 Daily roll-ups of queue facts (issue 13 item 4, issue 16 item 3): one row per counter, business
 * date, window and teller holding the additive queue facts of that day's tickets (JSON), computed once
 * a day is over and dropped again whenever one of that day's tickets is written, so a month or a year
 * of a province is read from a few thousand rows instead of millions of tickets.
 */
import type { Migration } from "./migration-db.js";

export const m028ReportDayFacts: Migration = {
  id: "028-report-day-facts",
  async up(db) {
    await db.schema
      .createTable("report_ticket_day_facts")
      .addColumn("counter_id", "text", (c) => c.notNull())
      .addColumn("business_date", "text", (c) => c.notNull())
      // '' when the tickets had no window / no teller (never served).
      .addColumn("window_id", "text", (c) => c.notNull())
      .addColumn("served_by", "text", (c) => c.notNull())
      // The limits and time zone the facts were computed with: a change recomputes the day.
      .addColumn("basis", "text", (c) => c.notNull())
      .addColumn("facts", "text", (c) => c.notNull())
      .addColumn("computed_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("report_ticket_day_facts_pk", ["counter_id", "business_date", "window_id", "served_by"])
      .execute();
  },
};
